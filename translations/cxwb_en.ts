<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cx</name>
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
    <name>cx::ComplaintWriter</name>
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
    <name>cx::CsvReader</name>
    <message>
        <source>%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the CSV parser failed (%3). The file may be damaged or a field may be too long for the available memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 MB, so a quotation mark opened on or after this line is probably never closed. Fix the quotation marks there and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, near line %2: some bytes are not valid %3 and were replaced by �. If text looks garbled, choose the file&apos;s encoding in the import dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed before the end of the file, so that row contains all lines after it. Check the quotation marks on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (or another ZIP archive), not CSV text. Import it as an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook or an encrypted workbook, not CSV text. Open it in Excel, save it as .xlsx or CSV without a password and import that file.</source>
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
</context>
<context>
    <name>cx::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace with File › New, or open one with File › Open, then import complaint, survey and product exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in this workspace.</source>
        <translation>
            <numerusform>%n import in this workspace.</numerusform>
            <numerusform>%n imports in this workspace.</numerusform>
        </translation>
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
    <name>cx::FileInspector</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row was recognised in the first %2 rows. Choose the kind of file, or correct the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: required column(s) missing for %3: %4. Map the columns in the import wizard or choose another kind.</source>
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
</context>
<context>
    <name>cx::ImportJob</name>
    <message>
        <source>%1 was not imported: the import was cancelled before it began.</source>
        <translation type="unfinished"></translation>
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
        <source>Replaced</source>
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
        <source>Rows inserted: %1; duplicates: %2; replaced: %3; rejected: %4.</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n row(s) replaced values of an earlier import: the later file wins.</source>
        <translation>
            <numerusform>%n row replaced values of an earlier import: the later file wins.</numerusform>
            <numerusform>%n rows replaced values of an earlier import: the later file wins.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was already imported on %1; nothing new was added.</source>
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
    <name>cx::KeyedWriter</name>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::MainWindow</name>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-experience journey map: for each stage from 了解 to 续订退订, mean satisfaction, 满意率, complaints, 万投比, the top complaint categories and a traffic light, with the change from the previous month. It comes with the analytics engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a problem to who fixes it: journey stage and complaint category → perception element → missed KEI → missed KOI → owner department, as a layered graph coloured by attainment and as a stage × department matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each product&apos;s users curve (A 成熟, B 成长, C 衰退, D 新生) and consultation cycle (A, B, C) with the phase per month, wave width and height, and the experience funnel 知晓率 → 认知率 → 认同率 → 认可率 with its experience gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TOP10 complaint categories by volume, by increase over the previous month and by 万投比, each with its keywords, and the significant month-over-month drops as alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kano class of every surveyed feature (魅力, 期望, 基础, 无差别, 反向) with Better and Worse, and the strategy for the product&apos;s lifecycle phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement work orders (改进工单) with evidence, owner, due date and target metric, followed from 草稿 to 已关闭 with a full history and undo, and exported to Excel and PDF.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&lt;h3&gt;CX Workbench %1&lt;/h3&gt;&lt;p&gt;Customer-experience analysis for quality departments: journey map, responsibility map, lifecycle curves and improvement work orders, on a local workspace that works offline.&lt;/p&gt;</source>
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
    <name>cx::RowWriter</name>
    <message>
        <source>the row has %1 columns but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::SurveyWriter</name>
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
    <name>cx::TableReader</name>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::ValueParser</name>
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
        <source>%1: sheet &quot;%2&quot; ends inside row %3. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: a cell lies beyond column %4, more columns than Excel allows. The file is damaged or not a normal workbook; open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: a cell refers to a shared string that does not exist; it is read as empty. Save the file again in Excel if text is missing.</source>
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
        <source>Alerts</source>
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
        <source>Analyse a workspace: NPS, journey matrix, hotspots, significant drops, responsibility chains, lifecycle, funnel, Kano and drivers. Without a period, the latest month with data is analysed and alerts cover the whole history.</source>
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
        <source>sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read: %1   inserted: %2   duplicates: %3   replaced: %4   skipped: %5   rejected: %6</source>
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
        <source>Import complaint, survey, product, funnel and indicator exports (CSV or XLSX) into a workspace. The workspace is created when it does not exist.</source>
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
        <source>Sheet of XLSX files (default: the best match).</source>
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
        <source>Import exports (CSV, XLSX) into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
