<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cx::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Complaint work orders</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>覆盖时段</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Indicators (values)</source>
        <translation>指标（取值数）</translation>
    </message>
    <message>
        <source>Improvement work orders</source>
        <translation>改进工单</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Create a workspace with File › New, or open one with File › Open, then import complaint, survey and product exports.</source>
        <translation>请通过“文件 › 新建”创建工作区，或通过“文件 › 打开”打开已有工作区，然后导入投诉、问卷和产品数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in this workspace.</source>
        <translation>
            <numerusform>本工作区共有 %n 次导入。</numerusform></translation>
    </message>
</context>
<context>
    <name>cx::DataView</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>已导入的文件</translation>
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
        <translation>时段：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Up one management level</source>
        <translation>返回上一管理层级</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部地市</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
</context>
<context>
    <name>cx::ImportBatchModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>满意度问卷</translation>
    </message>
    <message>
        <source>Product monthly figures</source>
        <translation>产品月度数据</translation>
    </message>
    <message>
        <source>Funnel rates</source>
        <translation>体验漏斗</translation>
    </message>
    <message>
        <source>Indicator tree</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>指标月度值</translation>
    </message>
</context>
<context>
    <name>cx::MainWindow</name>
    <message>
        <source>Journey map</source>
        <translation>旅程地图</translation>
    </message>
    <message>
        <source>The user-experience journey map: for each stage from 了解 to 续订退订, mean satisfaction, 满意率, complaints, 万投比, the top complaint categories and a traffic light, with the change from the previous month. It comes with the analytics engine.</source>
        <translation>用户体验旅程地图：从“了解”到“续订退订”的每个环节，展示平均满意度、满意率、投诉量、万投比、TOP 投诉分类和红绿灯，以及与上月相比的变化。该视图随分析引擎上线。</translation>
    </message>
    <message>
        <source>Responsibility map</source>
        <translation>责任地图</translation>
    </message>
    <message>
        <source>From a problem to who fixes it: journey stage and complaint category → perception element → missed KEI → missed KOI → owner department, as a layered graph coloured by attainment and as a stage × department matrix.</source>
        <translation>从问题追溯到责任方：旅程环节与投诉分类 → 感知要素 → 未达标 KEI → 未达标 KOI → 责任部门；以按达标情况着色的分层图和“环节 × 部门”矩阵展示。</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Each product's users curve (A 成熟, B 成长, C 衰退, D 新生) and consultation cycle (A, B, C) with the phase per month, wave width and height, and the experience funnel 知晓率 → 认知率 → 认同率 → 认可率 with its experience gap.</source>
        <translation>各产品的用户数曲线（A 成熟、B 成长、C 衰退、D 新生）和咨询周期曲线（A、B、C），含每月所处阶段、波宽与波高，以及体验漏斗 知晓率 → 认知率 → 认同率 → 认可率 及其体验鸿沟。</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>The TOP10 complaint categories by volume, by increase over the previous month and by 万投比, each with its keywords, and the significant month-over-month drops as alerts.</source>
        <translation>按投诉量、环比增量和万投比排名的 TOP10 投诉分类及其关键词，以及作为预警的显著环比下降。</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>卡诺模型</translation>
    </message>
    <message>
        <source>The Kano class of every surveyed feature (魅力, 期望, 基础, 无差别, 反向) with Better and Worse, and the strategy for the product's lifecycle phase.</source>
        <translation>每个调研功能的卡诺分类（魅力、期望、基础、无差别、反向）及 Better/Worse 系数，并给出与产品生命周期阶段相应的策略。</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>改进工单</translation>
    </message>
    <message>
        <source>Improvement work orders (改进工单) with evidence, owner, due date and target metric, followed from 草稿 to 已关闭 with a full history and undo, and exported to Excel and PDF.</source>
        <translation>改进工单：包含证据、责任人、完成时限和目标指标，从“草稿”跟踪到“已关闭”，保留完整历史并可撤销，可导出为 Excel 和 PDF。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Region &amp;Up One Level</source>
        <translation>区域上移一级(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About CX Workbench</source>
        <translation>关于客户体验分析工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — CX Workbench</source>
        <translation>%1 — 客户体验分析工作台</translation>
    </message>
    <message>
        <source>CX Workbench</source>
        <translation>客户体验分析工作台</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw)</source>
        <translation>客户体验分析工作区 (*.cxw)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File › Open, or choose another name.</source>
        <translation>%1 已存在。请通过“文件 › 打开”打开它，或换一个名称。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw);;All files (*)</source>
        <translation>客户体验分析工作区 (*.cxw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About CX Workbench</source>
        <translation>关于客户体验分析工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Workbench %1&lt;/h3&gt;&lt;p&gt;Customer-experience analysis for quality departments: journey map, responsibility map, lifecycle curves and improvement work orders, on a local workspace that works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户体验分析工作台 %1&lt;/h3&gt;&lt;p&gt;面向品质管理部门的客户体验分析工具：旅程地图、责任地图、生命周期曲线和改进工单，数据保存在本地工作区，离线可用。&lt;/p&gt;</translation>
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
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product monthly figures</source>
        <translation>产品月度数据</translation>
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
        <translation>投诉工单</translation>
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
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>cx::Workspace</name>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new workspace.</source>
        <translation>%1 已存在。请打开它，或为新工作区换一个名称。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only. Choose a folder you can write to.</source>
        <translation>无法创建 %1：该文件夹只读。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1. Check that you have permission to open it.</source>
        <translation>无法读取 %1。请检查是否有权限打开该文件。</translation>
    </message>
    <message>
        <source>%1 is not a CX Workbench workspace (it is not an SQLite database).</source>
        <translation>%1 不是客户体验分析工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CX Workbench workspace.</source>
        <translation>%1 是 SQLite 数据库，但不是客户体验分析工作区。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of CX Workbench (workspace format %2; this version reads up to %3). Update CX Workbench to open it.</source>
        <translation>%1 由更新版本的客户体验分析工作台保存（工作区格式 %2；当前版本最高支持 %3）。请升级后再打开。</translation>
    </message>
    <message>
        <source>%1 is in a read-only location. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 位于只读位置。请将其复制到可写入的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: a backup copy could not be written next to it.</source>
        <translation>无法升级 %1：无法在其旁边写入备份副本。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup copy.</source>
        <translation>%1 已损坏（%2）。请从备份副本恢复。</translation>
    </message>
    <message>
        <source>Cannot prepare %1 (format step %2): %3</source>
        <translation>无法初始化 %1（格式步骤 %2）：%3</translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>Write realistic demo exports to a folder.</source>
        <translation>在文件夹中生成逼真的演示导出文件。</translation>
    </message>
    <message>
        <source>Run 'cxwb-cli %1 --help' for the options.</source>
        <translation>运行 'cxwb-cli %1 --help' 查看选项。</translation>
    </message>
    <message>
        <source>Usage: cxwb-cli &lt;command&gt; [options]</source>
        <translation>用法：cxwb-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>CX Workbench command-line tool.</source>
        <translation>客户体验分析工作台命令行工具。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>Run 'cxwb-cli &lt;command&gt; --help' for a command's options.</source>
        <translation>运行 'cxwb-cli &lt;命令&gt; --help' 查看该命令的选项。</translation>
    </message>
    <message>
        <source>cxwb-cli: unknown command '%1'.</source>
        <translation>cxwb-cli：未知命令 '%1'。</translation>
    </message>
    <message>
        <source>Run 'cxwb-cli --help' for the list of commands.</source>
        <translation>运行 'cxwb-cli --help' 查看命令列表。</translation>
    </message>
    <message>
        <source>CX Workbench desktop application.</source>
        <translation>客户体验分析工作台桌面应用。</translation>
    </message>
    <message>
        <source>Workspace (.cxw) to open.</source>
        <translation>要打开的工作区（.cxw）。</translation>
    </message>
    <message>
        <source>Save a PNG of every view to &lt;folder&gt; and quit.</source>
        <translation>将每个视图保存为 PNG 到 &lt;folder&gt; 后退出。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
</context>
</TS>
