<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cx::Aggregates</name>
    <message>
        <source>Cannot update the analysis tables of the workspace %1: %2. Close other programs using the workspace and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Alert</name>
    <message>
        <source>%1: satisfaction %2 → %3 (%4, %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: satisfied rate %2% → %3% (%4 points, %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: complaints %2 → %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::AlertModel</name>
    <message>
        <source>%1%2 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints in %1 / in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in %1 / in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benjamini–Hochberg adjusted over every test of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::AlertsView</name>
    <message>
        <source>No significant change in the history of this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert of this metric and stage: choose others above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to chart its series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Alerts compare a month with the month before: the data holds only %n month(s).</source>
        <translation>
            <numerusform>Alerts compare a month with the month before: the data holds only %n month.</numerusform>
            <numerusform>Alerts compare a month with the month before: the data holds only %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert(s) in the scope&apos;s history</source>
        <translation>
            <numerusform>%1 of %n alert in the scope&apos;s history</numerusform>
            <numerusform>%1 of %n alerts in the scope&apos;s history</numerusform>
        </translation>
    </message>
    <message>
        <source>满意率 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the significant changes in the scope&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::AnalysisFilter</name>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::AnalysisService</name>
    <message>
        <source>Preparing the analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the analysis tables after a deleted import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding newly imported rows to the analysis tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing complaints for browsing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing keywords and pain-point tags with the edited word lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the keywords of newly imported complaints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program to finish importing into this workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::AnalysisView</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open. Create a workspace with File › New Workspace, or open one with File › Open Workspace; then import complaint, survey and product exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The window stays usable meanwhile; the status bar shows the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the analysis was cancelled, so there is nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds no complaints or survey responses yet. Import complaint work orders and satisfaction survey exports (CSV or Excel) to see where customers hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints or survey responses for %1. Choose other products, another region or another channel in the filter bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in the period chosen (%1 – %2). The data runs from %3 to %4: choose a period in the filter bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey responses in this workspace: satisfaction, 满意率 and NPS need a satisfaction survey export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints in this workspace: complaint counts, 万投比 and hotspots need complaint work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product monthly figures: 万投比 needs the subscribers (users) of each product and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one month of data (%1): changes against the previous month need the month before as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords and pain-point tags are being recomputed with the edited word lists: those shown are of the lists before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::AnalyticsCube</name>
    <message>
        <source>Cannot open the workspace %1 for analysis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the analysis tables of the workspace: %1. Re-import the data or repair the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they hold counts this version cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Batches</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the import batches of %1: %2. Check that the workspace is not damaged (it may need to be restored from a backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import batch %1 is no longer in the workspace %2; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the import batch: the workspace %1 is busy or read-only (%2). Close other programs using it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the import batch %1 from %2: %3. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::BiffReader</name>
    <message>
        <source>%1 could not be read: the old Excel format reader stopped (%2; damaged file?) — save it as .xlsx or CSV in Excel/WPS and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a password-protected Office file. Open it in Excel, save it without a password (as .xlsx) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Word document, not a workbook. Export the table from the source system as CSV or Excel and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PowerPoint presentation, not a workbook. Export the table from the source system as CSV or Excel and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Outlook message, not a workbook. Save its attachment and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Office compound file without a workbook in it. Check that you picked the right file, or export the table as CSV or Excel and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be read in the available memory. Save it as .xlsx or CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses a character set that cannot be read here. Open it in Excel, save it as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged in a way that may be deliberate, and was not read. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is password-protected. Open it in Excel, save it without a password and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a complete .xls workbook (FreeXL error %2). Open it in Excel, save it again and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sent data that makes no sense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed or went over its limit of processor time or memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ended with exit code %1 before it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it gave no answer within %n second(s)</source>
        <translation>
            <numerusform>it gave no answer within %n second</numerusform>
            <numerusform>it gave no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; cannot be read; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: a cell cannot be read (FreeXL error %4) and was left empty. The workbook may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied to a temporary file to be read (%2). Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: the reader of old Excel files (cxwb-xlsread) is missing from this installation. Install CX Workbench again, or save the file as .xlsx or CSV in Excel/WPS and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: the reader of old Excel files (%2) does not start (%3). Install CX Workbench again, or save the file as .xlsx or CSV in Excel/WPS and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no worksheets. Check that you picked the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s); there is no sheet %2.</source>
        <translation>
            <numerusform>%1 has %n sheet; there is no sheet %2.</numerusform>
            <numerusform>%1 has %n sheets; there is no sheet %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Breadcrumb</name>
    <message>
        <source>Showing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region every view shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to %1 (Alt+Up goes one level up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill down into a region below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CategoryMap</name>
    <message>
        <source>Category map %1: %2. Correct the file or restore the default category map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;categories&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no &quot;stage&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CategoryMapCsv</name>
    <message>
        <source>%1 is empty: it needs the header %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header must name the columns %3 (category and stage at least).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a journey stage of the workspace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experience level %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CategoryMapEditor</name>
    <message>
        <source>Cannot read the journey stages of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey stages and categories are still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journey stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journey stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename journey stage %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move journey stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The journey stage %1 cannot be removed: %n categorie(s) are mapped to it. Map them to another stage first.</source>
        <translation>
            <numerusform>The journey stage %1 cannot be removed: %n category is mapped to it. Map it to another stage first.</numerusform>
            <numerusform>The journey stage %1 cannot be removed: %n categories are mapped to it. Map them to another stage first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journey stage %1 cannot be removed: %n survey question(s) or work order(s) refer to it. Rename it instead.</source>
        <translation>
            <numerusform>The journey stage %1 cannot be removed: %n survey question or work order refers to it. Rename it instead.</numerusform>
            <numerusform>The journey stage %1 cannot be removed: %n survey questions or work orders refer to it. Rename it instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove journey stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map category %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is not in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category %1 from the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CategoryMapModel</name>
    <message>
        <source>Not in the category map: its complaints are filed under %1. Choose a stage to map it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perception element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Chart</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ComplaintRowWriter</name>
    <message>
        <source>the work-order number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a complaint category the category map does not know (%1); they are filed under the stage %2. Add the categories to the category map to place them on the journey.</source>
        <translation>
            <numerusform>%n row has a complaint category the category map does not know (%1); it is filed under the stage %2. Add the category to the category map to place it on the journey.</numerusform>
            <numerusform>%n rows have a complaint category the category map does not know (%1); they are filed under the stage %2. Add the categories to the category map to place them on the journey.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ComplaintTable</name>
    <message>
        <source>Finding the complaints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the complaint texts and work-order numbers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 containing “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n row(s) to copy…</source>
        <translation>
            <numerusform>Fetching %n row to copy…</numerusform>
            <numerusform>Fetching %n rows to copy…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ComplaintTableModel</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints could not be read from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::CsvReader</name>
    <message>
        <source>%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (or another ZIP archive), not CSV text. Import it as an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not known. Choose another encoding, for example GB18030 or UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; cannot be decoded here. Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook (or another Office document), not CSV text. Import it as an .xls file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the row starting here is longer than %3 MB without a line end. Check that the file is CSV text and that its line ends are intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP10 hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By increase (增量)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By 万投比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month shown: %1 (against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Significant alerts (显著预警): %n</source>
        <translation>
            <numerusform>Significant alerts (显著预警): %n</numerusform>
            <numerusform>Significant alerts (显著预警): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the journey map on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts: a change needs the month before to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant drop in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic lights (红绿灯) by product: ● on target · ▲ near · ■ missed; a change in colour is significant, a grey one is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a significant change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DataView</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complaint, survey, monthly figure, funnel and indicator exports (Ctrl+I). You can also drop files onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected import and every row it brought into the workspace (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet. Import complaint work orders, survey results, monthly product figures, funnel rates and indicators with Import Files…, or drop the files onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace to import files into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey response(s) with their answers</source>
        <translation>
            <numerusform>%n survey response with its answers</numerusform>
            <numerusform>%n survey responses with their answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product monthly figure(s)</source>
        <translation>
            <numerusform>%n product monthly figure</numerusform>
            <numerusform>%n product monthly figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber figure(s)</source>
        <translation>
            <numerusform>%n subscriber figure</numerusform>
            <numerusform>%n subscriber figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funnel rate(s)</source>
        <translation>
            <numerusform>%n funnel rate</numerusform>
            <numerusform>%n funnel rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n indicator value</numerusform>
            <numerusform>%n indicator values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>%n rejected row</numerusform>
            <numerusform>%n rejected rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the import of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows of it are left in the workspace; only the record of the import goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be removed from the workspace: %1.</source>
        <translation>
            <numerusform>%n row will be removed from the workspace: %1.</numerusform>
            <numerusform>%n rows will be removed from the workspace: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) cite these complaints as evidence and will lose those links.</source>
        <translation>
            <numerusform>%n work order cites these complaints as evidence and will lose those links.</numerusform>
            <numerusform>%n work orders cite these complaints as evidence and will lose those links.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rows of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the import of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected import had to guess, repair or decide is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DemoGenerator</name>
    <message>
        <source>Cannot write %1: %2. Free some disk space, check that you may write to the folder, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check the path and that you may write there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; the files of this run were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output folder given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of complaints must be from 1 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 complaints; use the utf8 or gbk format for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of survey responses must be from 1 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DepartmentHandling</name>
    <message>
        <source>Handling of its complaints, %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the city is outside the filter&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints handled by %1 (no data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DeskFormat</name>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey data</source>
        <comment>无调研数据</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints</source>
        <comment>无投诉数据</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriber figures</source>
        <comment>无用户数</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change significant (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not significant (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch t-test of the promoter/detractor score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional binomial test of the complaint counts per subscriber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DetailPanel</name>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data to chart for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DriversModel</name>
    <message>
        <source>KEI 感知指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOI 运营指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>感知要素 element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significant: Spearman&apos;s p ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City-months with both an actual and survey scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson&apos;s r: the linear correlation of the actual with the mean overall satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman&apos;s ρ: the correlation of their ranks (robust to outliers); the ranking&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (ρ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::DriversView</name>
    <message>
        <source>No indicator actuals paired with survey scores in the filter: drivers need indicator actuals per city and month and satisfaction surveys of the same months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the drivers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which indicators move satisfaction (KCI → KQI → KPI): each indicator&apos;s monthly actuals against the mean overall satisfaction of the same city and month, ranked by |Spearman ρ| (bar). Grey: ρ not significant (p ≥ %1, two-sided). Click an indicator for its scatter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator actuals in the filter: import the indicator values (actuals per month and city) to see the drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no city-months with both an actual and survey scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator to show: drivers need indicator actuals and survey scores of the same months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: r² = %3, ρ = %4 (%5), n = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual of %1 (each city-month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean overall satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::EncodingDetector</name>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 without byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uchardet suggested %1, but the bytes are valid GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected by uchardet as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised; assuming GB18030</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::FileFormat</name>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database (a CX Workbench workspace is one; open it with File › Open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel 2003 XML spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods); save it as .xlsx in LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive without a workbook in it; unpack it and import the file inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a table export. Export the data from the source system as CSV or Excel (.xlsx, .xls) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::FileInspector</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook, sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML table “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet “%2” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need the columns %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no header row: line %3 reads like data, not like column names (%4). %5Add the export&apos;s header row above the data, or choose the kind of file and map the columns in the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): no header row was recognised in its first %3 rows; no row names two or more columns of a known export. Line %4 reads: %5. Choose the kind of file and map the columns in the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not look like %3: no row in its first %4 rows has the required columns %5. Line %6 reads: %7. Map the columns in the import wizard or choose another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), header on line %3: required column(s) missing for %4: %5. The header&apos;s columns are: %6. Map the columns in the import wizard or choose another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another sheet was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden in the workbook (choose it to import it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header (line %1) lacks required column(s) for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row of %1 in its first %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::FilterBar</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up one management level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::FunnelFormat</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 −%3 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the awareness effective: those who heard of it do not learn what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn understanding into first use: those who know it do not take it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use and reuse: users do not stay with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective awareness first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert awareness into use while it grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use and reuse first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep its users (reuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; in its %2 phase: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::FunnelModel</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months with funnel rates in the period: the n of the average (the rates are imported percentages, without a sample size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience gap: the largest drop between consecutive rates, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>体验鸿沟 gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the product&apos;s lifecycle phase puts first; a cell&apos;s tooltip says what the gap means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::FunnelView</name>
    <message>
        <source>gap unknown: a rate is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel rates in the period: import the monthly funnel rates (知晓率, 认知率, 认同率, 认可率) of the products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the funnels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>体验生命周期: 知晓率 → 认知率 → 认同率 → 认可率, averaged over the period; the hatched drop is the experience gap (体验鸿沟), the largest drop between consecutive rates. Sorted by the gap; click a product for its months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all products (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft improvement work order for the experience gap of the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel rates in the period: import the monthly funnel rates of the products (知晓率, 认知率, 认同率, 认可率 per product and month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel rates are province-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel rates in the period. Import the monthly funnel rates of the products (知晓率, 认知率, 认同率, 认可率) to see where each product loses its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience funnel of each product, sorted by the experience gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>体验鸿沟 experience gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no funnel data in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: funnel of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no funnel data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rates and the gap&apos;s drop over the months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap drop (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>体验鸿沟 drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>体验鸿沟 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focus: the gap needs all four rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel rates for %1 in the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::GraphLayout</name>
    <message>
        <source>The graph layout (Graphviz) could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph layout (Graphviz dot) failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::GraphView</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::HotspotModel</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万投比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints in this scope: hotspots need complaint work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No increase to rank: %1 has no month before it in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category has more complaints in %1 than in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 万投比: no subscriber figures are known for this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last month, %2 in the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n complaints)</source>
        <translation>
            <numerusform>%1 (%n complaint)</numerusform>
            <numerusform>%1 (%n complaints)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated: subscribers below city level are shared out by survey responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trend (%n months)</source>
        <translation>
            <numerusform>Trend (%n month)</numerusform>
            <numerusform>Trend (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint of the period matched a pain-point tag rule (Tools → Word lists…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain-point tag has more complaints in %1 than in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint may carry several pain-point tags: tag counts overlap and do not add up to the complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of the period without any tag: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain-point tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::HotspotsView</name>
    <message>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By increase (增量)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By 万投比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: complaints by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain-point tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP%1 pain-point tags by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain-point tag %1: complaints by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::HtmlTableReader</name>
    <message>
        <source>%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an HTML table (the parser ran out of memory or gave up). Open it in Excel or a browser, save it as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not known. Choose another encoding, for example GB18030 or UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares its text as %2; it was read as %3, the encoding chosen for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared by the page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares its text as %2, but its bytes are not %2; it was read as %3 (%4). If text looks garbled, choose the file&apos;s encoding in the import dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an HTML page without a table, so there is nothing to import. Export the data from the source system as CSV or Excel and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read from its start. Save it to a file and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n table(s); there is no table %2.</source>
        <translation>
            <numerusform>%1 has %n table; there is no table %2.</numerusform>
            <numerusform>%1 has %n tables; there is no table %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ImportBatchModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ImportFilePanel</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Mapping as Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the corrected column mapping in the workspace, so that files laid out like this one are mapped by themselves next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed (Excel workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed (text file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header on line %1; %2 of %3 columns mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n survey question(s)</source>
        <translation>
            <numerusform>, %n survey question</numerusform>
            <numerusform>, %n survey questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the preview cannot be read (in red; point at one to see why).</source>
        <translation>
            <numerusform>%n value in the preview cannot be read (in red; point at it to see why).</numerusform>
            <numerusform>%n values in the preview cannot be read (in red; point at one to see why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>The preview shows the first row as it will be imported.</numerusform>
            <numerusform>The preview shows the first %n rows as they will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two sentences of the status line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sheets of this kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sheets of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets imported: %1 (the preview shows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1 is not imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ImportJob</name>
    <message>
        <source>%1 was not imported: the import was cancelled before it began.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ImportLock</name>
    <message>
        <source> (%1, process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for another import into %1 to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another import into %1 is running%2; waited %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>Another import into %1 is running%2; waited %n second. Try again when it has finished.</numerusform>
            <numerusform>Another import into %1 is running%2; waited %n seconds. Try again when it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ImportNote</name>
    <message>
        <source>%1 (first lines: %2 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s): %2)</source>
        <translation>
            <numerusform>%1 (%n line: %2)</numerusform>
            <numerusform>%1 (%n lines: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ImportPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required but empty here: the row will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from the file&apos;s column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ImportSummaryPanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing of it kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed; nothing of it kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, some rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 of %n file imported.</numerusform>
            <numerusform>%1 of %n files imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled: files finished before that stay imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected row(s), listed below.</source>
        <translation>
            <numerusform>… and %n more rejected row, listed below.</numerusform>
            <numerusform>… and %n more rejected rows, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows inserted: %1; updated: %2; duplicates: %3; rejected: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n note)</numerusform>
            <numerusform>(%n notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import. Add more with the button or by dropping them here; check each file&apos;s kind and preview, correct what was guessed wrong, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is imported as a whole. Cancelling rolls back the file being imported and skips the rest; files already finished stay imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.xlsx *.xlsm);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file whose header was found before saving its mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 like %2</source>
        <comment>profile name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping as Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile (files laid out like this one will be mapped with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has a profile called &quot;%1&quot;. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the file being imported is rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import into this workspace is running; waiting for it to finish…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Importer</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the workspace is busy or read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: files of kind &quot;%2&quot; are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the rejected row of line %2 could not be kept (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header “%1” names columns %2 and %3; column %2 was imported, column %3 was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are no records and were skipped: titles above the header, totals and remarks below it.</source>
        <translation>
            <numerusform>%n row is no record and was skipped: a title above the header, or a total or remark below it.</numerusform>
            <numerusform>%n rows are no records and were skipped: titles above the header, totals and remarks below it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data rows: nothing follows the header on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No data rows: the %n row(s) below the header on line %1 are totals or remarks.</source>
        <translation>
            <numerusform>No data rows: the %n row below the header on line %1 is a total or remark.</numerusform>
            <numerusform>No data rows: the %n rows below the header on line %1 are totals or remarks.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file, with the same content, was already imported on %1; nothing new was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::JourneyChange</name>
    <message>
        <source>Cannot change the journey stages or the category map of %1: %2. Close other programs using the workspace and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is where complaints of unmapped categories go; choose another name for a journey stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journey stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is mapped to %2, which is not a journey stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 has the experience level %2; use %3 or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is already in the map as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey stage %1 cannot be removed: %2 and %3 refer to it. Rename it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n survey question(s)</source>
        <translation>
            <numerusform>%n survey question</numerusform>
            <numerusform>%n survey questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyComparisonModel</name>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万投比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::JourneyModel</name>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万投比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perception elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open 工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no survey answers for this stage in %2. Import a survey export with a question on the stage to see its satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean %2, 满意率 %3 (n = %4) over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (n = %3); %4: %5 (n = %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1, %2 (Welch t-test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints in the period; %2 in %3, %4 in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per 10,000 subscribers; estimated below city level (subscribers shared out by survey responses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per 10,000 subscribers over the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement work orders of the stage that are not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no complaints handled in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain-point tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaints</source>
        <translation>
            <numerusform>%1: %n complaint</numerusform>
            <numerusform>%1: %n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint of the stage matched a pain-point tag rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint may carry several tags: the counts overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>period total, then the displayed month&apos;s change</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::JourneySetupDialog</name>
    <message>
        <source>Journey Stages and Categories — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stages, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter categories, stages, elements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a stage to rename it; its categories, survey questions and complaints follow the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a stage, element or level to change it; the complaints of the category are filed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journey stages and categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every complaint category is in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n complaint(s) filed again (%1 moved to another stage) in %2 s.</source>
        <translation>
            <numerusform>Saved: %n complaint filed again (%1 moved to another stage) in %2 s.</numerusform>
            <numerusform>Saved: %n complaints filed again (%1 moved to another stage) in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Journey Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint category (any level) to map to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint categories are not in the map.</source>
        <translation>
            <numerusform>%n complaint category is not in the map.</numerusform>
            <numerusform>%n complaint categories are not in the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) are filed under 未归类 for now. Give their categories a stage.</source>
        <translation>
            <numerusform>%n complaint is filed under 未归类 for now. Give its category a stage.</numerusform>
            <numerusform>%n complaints are filed under 未归类 for now. Give their categories a stage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyStageModel</name>
    <message numerus="yes">
        <source>%n survey question(s) or work order(s) refer to this stage.</source>
        <translation>
            <numerusform>%n survey question or work order refers to this stage.</numerusform>
            <numerusform>%n survey questions or work orders refer to this stage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::JourneyView</name>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: satisfaction and complaints by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlighted: changes beyond the alert thresholds or across a light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Kano</name>
    <message>
        <source>Attractive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-dimensional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic need: fix it first, in every phase. When it fails, customers complain and leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance need while the product is promoted: iterate fast, every improvement raises satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance need: keep improving it step by step and measure satisfaction after each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delighter while the product is promoted: use it to build a lead over competitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delighter: build it as a future highlight once the basic and performance needs are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indifferent: low priority. Customers do not care either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse: never build it. Customers are put off by it; consider removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionable: the answers contradict each other. Check the wording of the question before acting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::KanoModel</name>
    <message>
        <source>do not build (不做)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phase: filter one product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::KanoView</name>
    <message>
        <source>No Kano question pairs answered in the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the Kano classes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft improvement work order for the selected feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better / Worse of each feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|Worse|: how much lacking it dissatisfies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better: how much having it satisfies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>魅力 A attractive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期望 O one-dimensional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无差别 I indifferent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基础 M must-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kano question pairs in the surveys of the filter. Import a survey export with paired functional and dysfunctional questions (如果有… / 如果没有…) to classify features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kano questions in the surveys of the filter: import a survey with Kano question pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy for %1 in its phase: M first, always; R never built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by priority: M first, then O, A, I; R is not to be built. Choose one product in the filter for the strategy of its lifecycle phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::KeyedRowWriter</name>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::LifecycleModel</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations ÷ users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::LifecycleView</name>
    <message>
        <source>No product figures in the filter: import the monthly product figures (users, consultations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the curves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the small multiples (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product figures imported: import the monthly product figures (users, consultations) to see the lifecycle and consultation curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Open the full chart of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow rise, fast fall: the favourable trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the favourable slow rise and fast fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users figures for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations ÷ users needs consultations and users in at least 3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation wave ≥ half height (%1 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation peak, %1× the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations ÷ users: %1 (%2 a month, p = %3); smaller and falling is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations ÷ users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;━ users&lt;/span&gt; / &lt;span style=&apos;color:%2&apos;&gt;━ consultations&lt;/span&gt;: each tile from 0 to the peaks after its name · shaded: phase (%3, %4, %5, %6) · top strip: zones A/B/C · sorted by type, then users; click a product for its full chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: users and consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region &amp;Up One Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CX Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CX Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File › Open, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CX Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace first: imported data is stored in a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy for &amp;Sharing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey Stages and Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Workbench %1&lt;/h3&gt;&lt;p&gt;Customer-experience analysis for quality departments: journey map, responsibility map, lifecycle curves and improvement work orders, on a local workspace that works offline.&lt;/p&gt;&lt;p&gt;Complaint texts are segmented with the dictionary of jieba, © 2012–2017 Sun Junyi, under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed %1 (imports or work orders): the views show the new data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::MappingEditor</name>
    <message>
        <source>A mapping profile needs a name and a kind of file. Enter a name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping profile &quot;%1&quot; in the workspace: %2. Check that the workspace file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::MappingProfile</name>
    <message>
        <source>a field has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum field &quot;%1&quot; lists no &quot;values&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping profile %1, line %2: %3. Correct the profile or delete it and map the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping profile %1: %2. Correct the profile or delete it and map the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;extra_columns&quot; must be &quot;ignore&quot; or &quot;survey_questions&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; lists no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;require_any&quot; names the unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience funnel rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category, level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category, level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category, level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognition rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Palette</name>
    <message>
        <source>G</source>
        <comment>traffic light letter: green (绿)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>traffic light letter: amber (黄)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <comment>traffic light letter: red (红)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green: on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber: near target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red: target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no light: nothing to judge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-order history records your edits under this name (empty: your system user name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ProductFormat</name>
    <message>
        <source>A mature (成熟)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B growth (成长)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C decline (衰退)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D renewal (新生)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduction (导入)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth (成长)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maturity (成熟)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline (衰退)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gradual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C stays high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone A: attention grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone B: users still come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone C: effect spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no curve type: %n month(s) of users, 6 needed</source>
        <translation>
            <numerusform>no curve type: %n month of users, 6 needed</numerusform>
            <numerusform>no curve type: %n months of users, 6 needed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consultation type: consultations missing or constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation %1 (wave %2 months, height %3×)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ProductStatusModel</name>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 complaints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator actuals for %1: import the indicator values to see attainment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 indicator actuals met their target in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万投比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is not tested: a month has too few answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::RejectedRowModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rejected rows from the workspace: %1. Nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::RejectedRowsPanel</name>
    <message>
        <source>E&amp;xport Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every rejected row of this import as a CSV file that Excel opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejected rows: select an import to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejected rows of %1: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejected rows of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityChainModel</name>
    <message>
        <source>Satisfaction of %1: %2 → %3 (%4 → %5, p = %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-cause chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityFormat</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (target %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (target %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityMatrixModel</name>
    <message numerus="yes">
        <source>%1 · ■ %n missed</source>
        <translation>
            <numerusform>%1 · ■ %n missed</numerusform>
            <numerusform>%1 · ■ %n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %3 complaints, %n missed indicator actuals</source>
        <translation>
            <numerusform>%1 × %2: %3 complaints, %n missed indicator actual</numerusform>
            <numerusform>%1 × %2: %3 complaints, %n missed indicator actuals</numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityStyle</name>
    <message>
        <source>On root-cause chain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n KEI(s) missed</source>
        <translation>
            <numerusform>%n KEI missed</numerusform>
            <numerusform>%n KEIs missed</numerusform>
        </translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perception element %1 %2, owned by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actual this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no actual for %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) missed</source>
        <translation>
            <numerusform>%n indicator missed</numerusform>
            <numerusform>%n indicators missed</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: click for what it owns and missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met · %2 missed by up to %3 · %4 missed by more · %5 no actual · bold: root-cause chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perception elements (QoE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer indicators (KEI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational indicators (KOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityView</name>
    <message>
        <source>No root-cause chain: no KEI or KOI missed its target in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the chains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints and no indicator misses in the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the responsibility map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0); zoom with the wheel, pan by dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft improvement work order from the selected root-cause chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-cause chains, ranked (click one to show its month and city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage × department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator tree imported: import the indicator system (perception elements, KEIs, KOIs with owner, target and direction) to draw the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator actuals imported: import the monthly actuals per city to colour the map by attainment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators %1 missed per month, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · owner %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no actuals in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against its target, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actuals for this node in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On no root-cause chain this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-cause chains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of %1 (all departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of %1 by month, all departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::RowWriter</name>
    <message>
        <source>the row has %1 columns but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have cells written as =&quot;…&quot; (Excel&apos;s way of keeping text as text); the text inside the quotes was imported.</source>
        <translation>
            <numerusform>%n row has cells written as =&quot;…&quot; (Excel&apos;s way of keeping text as text); the text inside the quotes was imported.</numerusform>
            <numerusform>%n rows have cells written as =&quot;…&quot; (Excel&apos;s way of keeping text as text); the text inside the quotes was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a key written as a decimal number such as 12345.0; it was read as the whole number.</source>
        <translation>
            <numerusform>%n row has a key written as a decimal number such as 12345.0; it was read as the whole number.</numerusform>
            <numerusform>%n rows have a key written as a decimal number such as 12345.0; it was read as the whole number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a date given as a plain number in a cell not formatted as a date; it was read as an Excel serial date.</source>
        <translation>
            <numerusform>%n row has a date given as a plain number in a cell not formatted as a date; it was read as an Excel serial date.</numerusform>
            <numerusform>%n rows have a date given as a plain number in a cell not formatted as a date; it was read as an Excel serial date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have times written with Z or a UTC offset; they were converted to the workspace&apos;s time zone %1.</source>
        <translation>
            <numerusform>%n row has a time written with Z or a UTC offset; it was converted to the workspace&apos;s time zone %1.</numerusform>
            <numerusform>%n rows have times written with Z or a UTC offset; they were converted to the workspace&apos;s time zone %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the key of a row imported before (from another file or sheet) but other values, and updated it: the later import wins.</source>
        <translation>
            <numerusform>%n row has the key of a row imported before (from another file or sheet) but other values, and updated it: the later import wins.</numerusform>
            <numerusform>%n rows have the key of a row imported before (from another file or sheet) but other values, and updated it: the later import wins.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (lines %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat the key of an earlier row of this file with other values; the last one was kept, each counted as updated: %1.</source>
        <translation>
            <numerusform>%n row repeats the key of an earlier row of this file with other values; the last one was kept, counted as updated: %1.</numerusform>
            <numerusform>%n rows repeat the key of an earlier row of this file with other values; the last one was kept, each counted as updated: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an earlier row of this file exactly and were counted as duplicates.</source>
        <translation>
            <numerusform>%n row repeats an earlier row of this file exactly and was counted as a duplicate.</numerusform>
            <numerusform>%n rows repeat an earlier row of this file exactly and were counted as duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>the row could not be stored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::SchemaGuard</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in place of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defined differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defined differently (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ServiceCategoryModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ServiceQuality</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决率 (resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分解决 (partly resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次解决率 (first-time resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复投诉率 (repeat complaints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级率 (escalations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工信部申诉 per million users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean handling hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling hours p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超时率 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访满意率 (callback satisfaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4 (%5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3% → %4% (%5 points, %6, %7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ServiceQualityView</name>
    <message>
        <source>Service quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint exports of this scope do not say everything about their handling (%1): those measures show no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n significant change(s) for the worse in %1</source>
        <translation>
            <numerusform>; %n significant change for the worse in %1</numerusform>
            <numerusform>; %n significant changes for the worse in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All complaints: %1 %2 (n = %3, target %4)%5. Rates count the complaints whose field is filled; 超时 is over %6 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: handling by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant change for the worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst categories by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure to rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft improvement work order from the selected row&apos;s significant change for the worse (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ServiceRankingModel</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (n = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n complaint(s): %2</source>
        <translation>
            <numerusform>%1, %n complaint: %2</numerusform>
            <numerusform>%1, %n complaints: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint work orders accepted in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已解决 ÷ complaints with a handling result; 未解决, 解释安抚 and other results are not resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分解决 ÷ complaints with a handling result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved and not a repeated complaint ÷ complaints with both a result and the repeated flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated complaints ÷ complaints with the repeated flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated complaints ÷ complaints with the escalation flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints through the regulator (工信部申诉) ÷ users × 1,000,000, users as for 万投比.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean handling hours of the complaints with hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile of the handling hours (nearest rank); exact for hours given to a tenth, else at most 0.1 h high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints handled in more hours than their category&apos;s limit (48 h unless set) ÷ complaints with hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(满意 + 基本满意) ÷ callbacks with a rating; callbacks without a verdict are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handling result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result or repeat flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repeat flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handling hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rated callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)
%4: %5, %6: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by month; significant changes for the worse in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the period, its light against the target, and its change in the last month against the month before.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints whose field the measure needs is filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次解决率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复投诉率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工信部申诉/百万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超时率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is not tested: a percentile has no test here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is not tested: a month has too few complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ShareCopy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy or remove that file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; no copy was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a snapshot of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the workspace is not in this version&apos;s format; open it in CX Workbench first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing what the copy leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removals failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers could not be removed from the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the analysis tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysis tables could not be rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: rows of %2 would refer to rows the copy leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removals could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: the file could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the finished copy could not be moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ShareDialog</name>
    <message>
        <source>Save a Copy for Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the copy keeps and removes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints of other months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey responses of other months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly product figures, subscribers, funnel rates and indicator values of other months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports with no rows left in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-order evidence links to complaints of other months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers (numbers written into the texts kept are blanked too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint texts, survey reasons and free-text answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw lines of the rejected rows kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy keeps the settings, journey stages, category map, indicators and mapping profiles, and:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It removes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It removes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open workspace; the copy must be another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: %2 complaints and %3 survey responses, phone numbers blanked in %4 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is a new workspace file with only what its recipient needs. The open workspace is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;texts and free-text survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months other than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::StatusProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::SurveyRowWriter</name>
    <message>
        <source>the submission time is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::TableReader</name>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line(s) %1</source>
        <translation>
            <numerusform>line %1</numerusform>
            <numerusform>lines %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) had bytes that are not valid %2, replaced by �: %3. If text looks garbled, choose the file&apos;s encoding in the import dialog.</source>
        <translation>
            <numerusform>%1: %n row had bytes that are not valid %2, replaced by �: %3. If text looks garbled, choose the file&apos;s encoding in the import dialog.</numerusform>
            <numerusform>%1: %n rows had bytes that are not valid %2, replaced by �: %3. If text looks garbled, choose the file&apos;s encoding in the import dialog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) contained NUL bytes, which were removed: %2. Check those rows; the exporting system may have padded or damaged them.</source>
        <translation>
            <numerusform>%1: %n row contained NUL bytes, which were removed: %2. Check that row; the exporting system may have padded or damaged it.</numerusform>
            <numerusform>%1: %n rows contained NUL bytes, which were removed: %2. Check those rows; the exporting system may have padded or damaged them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n row(s) text follows a field&apos;s closing quotation mark; as Excel does, it was joined to the field without the quotation marks: %2. Check those values.</source>
        <translation>
            <numerusform>%1: in %n row text follows a field&apos;s closing quotation mark; as Excel does, it was joined to the field without the quotation marks: %2. Check that value.</numerusform>
            <numerusform>%1: in %n rows text follows a field&apos;s closing quotation mark; as Excel does, it was joined to the field without the quotation marks: %2. Check those values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) refer to shared strings the workbook does not contain; those cells were left empty: %2. The file may be damaged: open it in Excel, save it again and import that file.</source>
        <translation>
            <numerusform>%1: %n row refers to shared strings the workbook does not contain; those cells were left empty: %2. The file may be damaged: open it in Excel, save it again and import that file.</numerusform>
            <numerusform>%1: %n rows refer to shared strings the workbook does not contain; those cells were left empty: %2. The file may be damaged: open it in Excel, save it again and import that file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n row(s) a cell spans more columns or rows than the reader allows; the span was cut: %2.</source>
        <translation>
            <numerusform>%1: in %n row a cell spans more columns or rows than the reader allows; the span was cut: %2.</numerusform>
            <numerusform>%1: in %n rows a cell spans more columns or rows than the reader allows; the span was cut: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have cells of a type this program does not know; they were read as numbers, or as the text they hold: %2.</source>
        <translation>
            <numerusform>%1: %n row has cells of a type this program does not know; they were read as numbers, or as the text they hold: %2.</numerusform>
            <numerusform>%1: %n rows have cells of a type this program does not know; they were read as numbers, or as the text they hold: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have cells that name a column left of the cell before them; they were kept after it, in the order of the file: %2. Check those rows in Excel.</source>
        <translation>
            <numerusform>%1: %n row has cells that name a column left of the cell before them; they were kept after it, in the order of the file: %2. Check those rows in Excel.</numerusform>
            <numerusform>%1: %n rows have cells that name a column left of the cell before them; they were kept after it, in the order of the file: %2. Check those rows in Excel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have a row or cell reference that cannot be read; the row or cell was placed right after the one before it: %2. Check those rows in Excel.</source>
        <translation>
            <numerusform>%1: %n row has a row or cell reference that cannot be read; the row or cell was placed right after the one before it: %2. Check those rows in Excel.</numerusform>
            <numerusform>%1: %n rows have a row or cell reference that cannot be read; the row or cell was placed right after the one before it: %2. Check those rows in Excel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n quotation mark(s) are never closed properly: %2. Read by the letter of the CSV rules, the lines after it (%3 in all) would have vanished into one field; the quotation mark was kept as text and those lines were read as rows of their own, as LibreOffice does. Check the quotation marks on the lines named.</source>
        <translation>
            <numerusform>%1: %n quotation mark is never closed properly: %2. Read by the letter of the CSV rules, the lines after it (%3 in all) would have vanished into one field; the quotation mark was kept as text and those lines were read as rows of their own, as LibreOffice does. Check the quotation mark on the line named.</numerusform>
            <numerusform>%1: %n quotation marks are never closed properly: %2. Read by the letter of the CSV rules, the lines after them (%3 in all) would have vanished into one field; the quotation marks were kept as text and those lines were read as rows of their own, as LibreOffice does. Check the quotation marks on the lines named.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::TextLists</name>
    <message>
        <source>Cannot read the word lists of the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space or a &apos;|&apos;; write one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;TERM&quot; or &quot;TERM FREQUENCY&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no frequency (a number from 1 to 1000000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;TAG: phrase|phrase|!exception&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1 has no phrase that gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exception !%1 holds none of the phrases of %2, so it never applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the word list in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the word list of the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a word list may be (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: its encoding %2 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not readable text in %2; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every phrase of %1 is also one of its exceptions, so the tag can never be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phrase %1 of %2 is also an exception, so it never counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the word lists in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pain-point tag rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1: line %2: %3</source>
        <comment>%1: the user dictionary, the stop words or the pain-point tag rules</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ValueParser</name>
    <message>
        <source>&quot;%1&quot; is a number in scientific notation: Excel rounded it and its digits are lost, so it cannot identify the row. Export the column as text (format its cells as Text in Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a number Excel rounded to 15 significant digits (its last digits are zeros), so it cannot identify the row. Export the column as text (format its cells as Text in Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (expected a form such as 2024-03-05 14:03:22 or 2024/3/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month (expected a form such as 2024-03, 2024年3月 or 202403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no (expected 是/否, Y/N, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WordListModel</name>
    <message>
        <source>the tag %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a stop word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pain-point tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space; write one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 needs at least one phrase that gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 is defined already (row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed already (row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>No frequency: the term counts as %1 (as in jieba&apos;s dictionary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases that give the tag, separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer phrases around a phrase in which it does not count (不卡顿 for 卡顿), separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain-point tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WordListsDialog</name>
    <message>
        <source>The word lists are stored. Keywords and pain-point tags are being recomputed; the status bar shows the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain-point tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom terms the segmenter keeps whole (携号转网, 光猫). A frequency (as in jieba&apos;s dictionary) makes a term win over the words it could be split into; without one it counts as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that are never keywords (的, 客户, 来电, 核实).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint gets a tag when its text contains one of the tag&apos;s phrases, except inside one of its exceptions (卡顿 inside 不卡顿). A complaint may get several tags, so tag counts overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word lists are being stored; close the dialog when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a sentence to see its words, keywords and pain-point tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1
Keywords: %2
Pain-point tags: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (optionally a space and its frequency):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name and its phrases (TAG: phrase|phrase|!exception):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the word lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the word lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WordListsEditor</name>
    <message>
        <source>Reset %1 to the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WordTrie</name>
    <message>
        <source>The word list is too short to be one (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list&apos;s size (%1 bytes) does not match its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderCreateCommand</name>
    <message>
        <source>New work order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderEditCommand</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderEditor</name>
    <message>
        <source>The target must be a number, e.g. 8.2 or 0.75; &quot;%1&quot; was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers experience (表现).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments that help, separated by 、 or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the effect is measured on: satisfaction:STAGE, satisfied_rate:STAGE, complaints:CATEGORY, per10k:CATEGORY or indicator:CODE. Its baseline is the value in the latest month with data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderStatusPanel</name>
    <message>
        <source>&amp;Delete Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted draft keeps its number and history; Edit › Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a work order in the list, or create one with New Work Order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does %1 go from %2 to %3? The reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderStore</name>
    <message>
        <source>The effects of the work orders could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work orders could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2; your change was not saved; the order has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has been changed since (it is now &quot;%3&quot;); it was not changed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been deleted; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only drafts can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; your change was not saved; the order has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderText</name>
    <message>
        <source>No metric: name one to follow the effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1 in the order&apos;s scope yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kano class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kano</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean satisfaction fell from %1 in %2 to %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率 fell from %1% in %2 to %3% in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints about %1 rose from %2 in %3 to %4 in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaint hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is among the top complaint categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is among the top complaint categories; its complaints mention %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 complaints in %3 (%4 in %5, increase %6), 万投比 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduce complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 has no complaints in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest complaint categories of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3: satisfaction %4 (n = %5, %6 vs the month before), %7 complaints, 万投比 %8, light %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3%4 (target %5 %6%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction of %1 fell from %2 to %3 while %4 missed its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed its target in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Kano %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers rate the feature %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better %1, Worse %2 (n = %3; A %4, O %5, M %6, I %7, R %8, Q %9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order names no metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: name a .xlsx, .csv or .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万投比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; needs a subject after the colon, e.g. %2:播放卡顿 or indicator:KEI03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric. Write KIND:SUBJECT with KIND one of %2, e.g. satisfaction:使用, complaints:播放卡顿 or indicator:KEI03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline yet: the metric has no data in the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data after the baseline month %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (baseline %2, no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change is not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not testable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline / current / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, n = %3) / %4 (%5) / %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kano %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Workbench · %1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write to %1: no work orders are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to creator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order cannot go from %1 to %2 (from %1 it can go to: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going from %1 to %2 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the statuses of the list (草稿, 已派发, 处理中, 待验证, 已关闭, 退回, 重开).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This department is not in the list. Keep it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>体验鸿沟 %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the customers at %1 (%2%), fewer reach %3 (%4%): the largest drop of the funnel, %5 – %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: −%3 percentage points (average of %n month(s))</source>
        <translation>
            <numerusform>%1 → %2: −%3 percentage points (average of %n month)</numerusform>
            <numerusform>%1 → %2: −%3 percentage points (average of %n months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderUpdateImport</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in the workspace after this file was exported (%2); this row was not applied. Export the order again and redo the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no work-order sheet: no sheet has a header with the number column (编号) and a status, owner, progress or due-date column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row with the number column (编号) and a status, owner, progress or due-date column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no work-order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a work order of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file; only its first row is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date &quot;%1&quot; is not a date (write it as 2024-10-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderView</name>
    <message>
        <source>Import Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) will be updated.</source>
        <translation>
            <numerusform>%1: %n order will be updated.</numerusform>
            <numerusform>%1: %n orders will be updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) change nothing and are listed in the details.</source>
        <translation>
            <numerusform>%n row changes nothing and is listed in the details.</numerusform>
            <numerusform>%n rows change nothing and are listed in the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect is computed from the data in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked complaint(s).</source>
        <translation>
            <numerusform>%n linked complaint.</numerusform>
            <numerusform>%n linked complaints.</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence: the order was not created from a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data in the order&apos;s scope yet: the baseline is recorded when it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data in the order&apos;s scope yet: the baseline is recorded when the metric is set again with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work orders to export: the list is empty or filtered to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) written to %1.</source>
        <translation>
            <numerusform>%n work order written to %1.</numerusform>
            <numerusform>%n work orders written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work orders %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Work Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-order workbooks (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Work Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank draft; work orders from findings are created in the views that show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected work orders; all shown ones when none is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport Updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook a department edited: status, owner, progress and due dates by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, title, owner, region… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work orders yet. Create one with New Work Order, or from an alert, a hotspot or a journey cell in the other views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace to follow its improvement work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) updated.</source>
        <translation>
            <numerusform>%1: %n order updated.</numerusform>
            <numerusform>%1: %n orders updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n row refused.</numerusform>
            <numerusform>%n rows refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Workspace</name>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1. Check that you have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CX Workbench workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CX Workbench workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of CX Workbench (workspace format %2; this version reads up to %3). Update CX Workbench to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a read-only location. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: a backup copy could not be written next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1 (format step %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (its header names no valid page size). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: it has %2 bytes where its header describes %3. It was probably cut short while being copied; copy it again or restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (its format number %2 is not one CX Workbench writes). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: its database structure differs from the one CX Workbench writes (%2). Another program may have changed it; ask for a copy saved by CX Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: a row of %2 holds %3 MB, more than the %4 MB a workspace value may have. Another program may have changed it; ask for a copy saved by CX Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::XlsxReader</name>
    <message>
        <source>it ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3, XML line %4). Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Sheet &quot;%2&quot;, after row %3.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: a cell lies beyond column %4, more columns than Excel allows. The file is damaged or not a normal workbook; open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 shared strings, more than this program accepts. Split the data into smaller workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a stream. Save it to a file and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook or an encrypted workbook. Open it in Excel, save it as .xlsx without a password and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a ZIP archive). If it holds CSV text, import it as CSV; if it is an old .xls file, save it as .xlsx in Excel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no worksheets. Check that you picked the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet number %2; it has %3 sheets. Choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more shared text than this program accepts (4 GB). Split the data into smaller workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 declares a document type (DTD), which workbooks never do; it is refused as unsafe. Get the file from its original source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to read the part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 or characters XML does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the first tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;]]&gt;&quot; in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an undefined entity or character reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a processing instruction that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML declaration that is not at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CDATA section outside the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markup that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;&lt;&quot; that starts no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;/&quot; inside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute that cannot be read in tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;&lt;&quot; inside an attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end tag that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end tag %1 without its start tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end tag %1 where the end of %2 belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--&quot; inside a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ZipArchive</name>
    <message>
        <source>%1 is not a readable .xlsx workbook: it is not a ZIP archive or it is truncated. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook part %2 is missing. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry %2 of the ZIP archive is damaged. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Remove the password in Excel, save the file again and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 uses an unsupported ZIP compression method (%3). Save the file again in Excel and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to %3 MB, more than the %4 MB this program accepts. The file is not a normal workbook; split the data into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed more than %3:1, which workbooks never are; refusing it as a possible zip bomb. Get the file from its original source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be unpacked. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (unpacking error %3). Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MB, which this program does not accept. Split the data into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 fails its checksum, so the file is damaged. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>Write realistic demo exports to a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;cxwb-cli %1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cxwb-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Workbench command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;cxwb-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxwb-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;cxwb-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Workbench desktop application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace (.cxw) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of every view to &lt;folder&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open WOs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots by increase (%1 against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category increased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 10k: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keywords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (--json lists all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS: %1 (n = %2)   satisfaction: %3 (satisfied %4, n = %5)   complaints: %6 (per 10k: %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: curve %2, consultation cycle %3, phase %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience gap (period average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (better %3, worse %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Pearson %2, Spearman %3 (p %4, n = %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (.cxw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this product (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this county (drill below a city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this grid (drill below a county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only complaints of this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace with -w FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --month or --from/--to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2024-08.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace %1. Create one with &apos;cxwb-cli import -w %1 FILE...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no product &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs the region above it too (--city, then --county, then --grid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in %3; known: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse a workspace (journey, hotspots, alerts, responsibility, products).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes realistic demo exports of one province to a folder: complaint work orders, a satisfaction survey (XLSX), product monthly figures, experience funnel rates, the indicator tree and its monthly values, and demo_truth.json with the planted patterns an analysis should find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write to (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique complaint work orders, 1 to %1 (default 24000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses, 1 to %1 (default 6000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed writes the same bytes (default 20240101).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How complaints are written: mixed (default; two overlapping period exports as they really arrive: GBK with title and footer rows, then UTF-8 with BOM and other column names), utf8, gbk or xlsx (one file in that format, no title, footer or overlap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output folder: give one with -o DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format expects mixed, utf8, gbk or xlsx, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo files: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1:</source>
        <translation>
            <numerusform>Wrote %n file to %1:</numerusform>
            <numerusform>Wrote %n files to %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>planted patterns and expected counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %L1 s (%L2 complaints per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more rejected rows, kept in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of every file: complaints, survey, product_monthly, funnel, indicator_tree or indicator_values (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of CSV files, e.g. GB18030 or UTF-8 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint data in one of the two months: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 10k (万投比): no month of the period has both complaints and subscriber figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>per 10k (万投比): complaints per 10,000 subscriber-months over %n month(s) with complaints and subscribers, the average monthly 万投比 of the period</source>
        <translation>
            <numerusform>per 10k (万投比): complaints per 10,000 subscriber-months over %n month with complaints and subscribers, the average monthly 万投比 of the period</numerusform>
            <numerusform>per 10k (万投比): complaints per 10,000 subscriber-months over %n months with complaints and subscribers, the average monthly 万投比 of the period</numerusform>
        </translation>
    </message>
    <message>
        <source>; below city level the subscribers are estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts, Benjamini–Hochberg over %1 tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no complaint channel &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 categories to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 accepted, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: correct the rows above and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category map already is as in the file; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-deriving complaints: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories added: %1, changed: %2, removed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints re-derived: %1 (%2 moved to another journey stage) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the category map of a workspace to a CSV file (UTF-8 with BOM; Excel opens it), or import an edited one: the file replaces the map, every complaint&apos;s journey stage, perception element and experience level is derived again, and nothing changes when any row is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to write (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to read (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the one CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or import the category map (CSV) of a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the period: %1 complaints, %2 survey responses, %3 monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports with no rows left: %1 (with %2 rejected rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-order evidence links to complaints outside the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers: %1; numbers blanked in %2 texts kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint texts, survey reasons and free-text answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw lines of rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of a workspace for someone else, with only what they need: phone numbers are removed unless --keep-phones is given, complaint texts with --drop-text, other months with --months. The analysis tables are rebuilt for what is left and the copy is a fresh file holding no removed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace to copy (.cxw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write (a new .cxw file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone numbers (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep phone numbers as the workspace has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove complaint texts, survey reasons and answers to free-text questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only these months: FROM..TO, FROM.., ..TO or one month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the copy with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --drop-phones or --keep-phones, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write FROM..TO with months as YYYY-MM, e.g. 2024-05..2024-08.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy must be another file than the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of a workspace for sharing, without phone numbers (and texts, months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement work orders (改进工单) of a workspace.

Verbs:
  create --title T --department D [--product P] [--stage S] [--city C [--county X [--grid G]]]
         [--metric M [--baseline-month YYYY-MM]] [--target V] [--due YYYY-MM-DD] [--owner O]
         [--symptom TEXT]
                     a new draft (草稿); prints its number
  update NUMBER [--status S] [--owner O] [--department D] [--note N] [--due D] [--reason R]
         [--title T] [--target V]
                     one edit of the order (status changes follow the transition table)
  list [--status S] [--json]
  show NUMBER [--json]   the order with its history
  export -o FILE.xlsx|FILE.csv|FILE.pdf [--status S] [NUMBER...]
  import FILE.xlsx   status, owner, progress and due dates a department edited
  delete NUMBER      a draft (kept with its number and history)

Statuses: 草稿 (draft), 已派发 (dispatched), 处理中 (in_progress), 待验证 (pending_verification),
已关闭 (closed), 退回 (returned, needs --reason), 重开 (reopened, needs --reason).
Allowed: 草稿→已派发; 已派发→处理中|退回; 处理中→待验证|退回; 待验证→已关闭|处理中 (failed
verification, needs --reason); 退回→已派发|已关闭 (withdrawn, needs --reason); 已关闭→重开; 重开→处理中.

Metrics (--metric KIND:SUBJECT), read in the order&apos;s product and region:
  satisfaction:使用     mean score of a stage&apos;s question (satisfaction: for the overall question)
  satisfied_rate:使用   满意率 of the same scores
  complaints:播放卡顿   complaints of a category (or of a stage)
  per10k:播放卡顿       万投比 of the same complaints
  indicator:KEI03       an indicator&apos;s monthly actual (its target when --target is not given)
The baseline is the metric in the month the finding is about (--baseline-month; default: the latest
month with data); later months decide the effect: achieved (达成), not achieved (未达成) or awaiting
data (待数据).

Edits are recorded in the history under the analyst name of the preferences (else the system user)
with source &quot;command line&quot;. Exit codes: 0 done, 2 when an edit or rows were refused (each reason on
stderr), 1 when the workspace could not be used, 64 for wrong arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline / current / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, n = %3) / %4 (%5) / %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a work order of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one work-order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs --department (the owning department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target needs a number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline-month needs a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data in the order&apos;s scope yet; the baseline is recorded when it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs at least one of --status, --owner, --department, --note, --due, --title, --target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs -o FILE.xlsx, FILE.csv or FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) written to %1.</source>
        <translation>
            <numerusform>%n work order written to %1.</numerusform>
            <numerusform>%n work orders written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs exactly one file (the workbook a department sent back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows read %2, orders updated %3, unchanged %4, refused %5, blank %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted; its number stays taken and its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product of the scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage of the scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of the scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County of the scene (with --city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid of the scene (with --county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers experience (表现).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric the effect is measured on, KIND:SUBJECT (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the finding: the metric&apos;s baseline (default: the latest month with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value of the metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (Chinese name, English name or code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (a person of the department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of a status change (required for 退回, 重开 and a failed verification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file of export: .xlsx, .csv or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, update, list, show, export, import or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number(s) or file the verb works on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ARG...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a verb: create, update, list, show, export, import or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; use create, update, list, show, export, import or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement work orders: create, update, list, show, export, import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read: %1   inserted: %2   updated: %3   duplicates: %4   skipped: %5   rejected: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 (header row %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complaint, survey, product, funnel and indicator exports (CSV, XLSX, XLS) into a workspace. The workspace is created when it does not exist. Every sheet of a workbook whose header fits the kind is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only this sheet of workbooks (default: every sheet of the kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for another import into the same workspace to finish (default: 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another import into this workspace is running; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import exports (CSV, XLSX, XLS) into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points by volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint of the period matched a pain-point tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints without a pain-point tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word lists of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in default, %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s own, %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, export, import or reset the word lists that decide complaint keywords and pain-point tags: terms (telecom terms kept whole), stopwords (never keywords) and tags (pain-point tag rules). A workspace keeps its own copy of a list once one is imported; the analysis tables follow at the next analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a list (%1) as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a list with the text file given as argument, after checking every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the built-in default of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import (with --import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --export, --import and --reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no word list &quot;%1&quot;; the lists are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import needs the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o is for --export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 list is the built-in default again; the analysis tables follow at the next analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n line(s) to correct.</source>
        <translation>
            <numerusform>%1 was not imported: %n line to correct.</numerusform>
            <numerusform>%1 was not imported: %n lines to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the %1 list from %2; the analysis tables follow at the next analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, export, import or reset the word lists of keywords and pain-point tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service quality by department, ranked by 一次解决率 (change: %1 against the month before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeals/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service changes for the worse, Benjamini–Hochberg over %1 tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse a workspace: NPS, journey matrix, hotspots, significant drops, service quality by department and channel, responsibility chains, lifecycle, funnel, Kano and drivers. Without a period, the latest month with data is analysed and alerts cover the whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps the months %4 to %5: %1 complaints, %2 survey responses and %3 work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps %1 complaints, %2 survey responses and %3 work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
