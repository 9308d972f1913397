<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cx::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint work orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators (values)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Improvement work orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a workspace with File › New, or open one with File › Open, then import complaint, survey and product exports.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n import(s) in this workspace.</source>
        <translation>
            <numerusform>%n import in this workspace.</numerusform><numerusform>%n imports in this workspace.</numerusform></translation>
    </message>
</context>
<context>
    <name>cx::DataView</name>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::EncodingDetector</name>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>byte order mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTF-16 without byte order mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uchardet suggested %1, but the bytes are valid GB18030</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>detected by uchardet as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid GB18030</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recognised; assuming GB18030</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::FilterBar</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up one management level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All grids</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::ImportBatchModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product monthly figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funnel rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator values</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::MainWindow</name>
    <message>
        <source>Journey map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user-experience journey map: for each stage from 了解 to 续订退订, mean satisfaction, 满意率, complaints, 万投比, the top complaint categories and a traffic light, with the change from the previous month. It comes with the analytics engine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsibility map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From a problem to who fixes it: journey stage and complaint category → perception element → missed KEI → missed KOI → owner department, as a layered graph coloured by attainment and as a stage × department matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each product's users curve (A 成熟, B 成长, C 衰退, D 新生) and consultation cycle (A, B, C) with the phase per month, wave width and height, and the experience funnel 知晓率 → 认知率 → 认同率 → 认可率 with its experience gap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hotspots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TOP10 complaint categories by volume, by increase over the previous month and by 万投比, each with its keywords, and the significant month-over-month drops as alerts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kano</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Kano class of every surveyed feature (魅力, 期望, 基础, 无差别, 反向) with Better and Worse, and the strategy for the product's lifecycle phase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Improvement work orders (改进工单) with evidence, owner, due date and target metric, followed from 草稿 to 已关闭 with a full history and undo, and exported to Excel and PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region &amp;Up One Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About CX Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — CX Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CX Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Open it with File › Open, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About CX Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;CX Workbench %1&lt;/h3&gt;&lt;p&gt;Customer-experience analysis for quality departments: journey map, responsibility map, lifecycle curves and improvement work orders, on a local workspace that works offline.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::MappingProfile</name>
    <message>
        <source>a field has no "name"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "%1" has the unknown type "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enum field "%1" lists no "values"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping profile %1, line %2: %3. Correct the profile or delete it and map the columns again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping profile %1: %2. Correct the profile or delete it and map the columns again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"kind" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"extra_columns" must be "ignore" or "survey_questions", not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"fields" lists no field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"require_any" names the unknown field "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint work orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product monthly figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experience funnel rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator actuals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category, level 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category, level 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category, level 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling time (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Churned users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cognition rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent indicator code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::Workspace</name>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only. Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1. Check that you have permission to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a CX Workbench workspace (it is not an SQLite database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database but not a CX Workbench workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was saved by a newer version of CX Workbench (workspace format %2; this version reads up to %3). Update CX Workbench to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in a read-only location. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot upgrade %1: a backup copy could not be written next to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare %1 (format step %2): %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>Write realistic demo exports to a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cxwb-cli %1 --help' for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: cxwb-cli &lt;command&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CX Workbench command-line tool.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cxwb-cli &lt;command&gt; --help' for a command's options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cxwb-cli: unknown command '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cxwb-cli --help' for the list of commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CX Workbench desktop application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace (.cxw) to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a PNG of every view to &lt;folder&gt; and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
