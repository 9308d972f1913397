<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cx</name>
    <message>
        <source>Cannot update the analysis tables of the workspace %1: %2. Close other programs using the workspace and try again.</source>
        <translation>无法更新工作区 %1 的分析表：%2。请关闭正在使用该工作区的其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>cx::Alert</name>
    <message>
        <source>%1: satisfaction %2 → %3 (%4, %5, %6)</source>
        <translation>%1：满意度 %2 → %3（%4，%5，%6）</translation>
    </message>
    <message>
        <source>%1: satisfied rate %2% → %3% (%4 points, %5, %6)</source>
        <translation>%1：满意率 %2% → %3%（%4 个百分点，%5，%6）</translation>
    </message>
    <message>
        <source>%1: complaints %2 → %3 (%4, %5)</source>
        <translation>%1：投诉量 %2 → %3（%4，%5）</translation>
    </message>
</context>
<context>
    <name>cx::AnalysisFilter</name>
    <message>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>city</source>
        <translation>地市</translation>
    </message>
    <message>
        <source>county</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>cx::Batches</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the import batches of %1: %2. Check that the workspace is not damaged (it may need to be restored from a backup).</source>
        <translation>无法读取 %1 的导入批次：%2。请检查工作区是否已损坏（可能需要从备份副本恢复）。</translation>
    </message>
    <message>
        <source>The import batch %1 is no longer in the workspace %2; it may have been deleted already.</source>
        <translation>导入批次 %1 已不在工作区 %2 中；可能已被删除。</translation>
    </message>
    <message>
        <source>Cannot delete the import batch: the workspace %1 is busy or read-only (%2). Close other programs using it and try again.</source>
        <translation>无法删除导入批次：工作区 %1 正忙或为只读（%2）。请关闭正在使用它的其他程序后重试。</translation>
    </message>
    <message>
        <source>Cannot delete the import batch %1 from %2: %3. Nothing was deleted.</source>
        <translation>无法从 %2 中删除导入批次 %1：%3。未删除任何数据。</translation>
    </message>
</context>
<context>
    <name>cx::CategoryMap</name>
    <message>
        <source>Category map %1: %2. Correct the file or restore the default category map.</source>
        <translation>分类映射表 %1：%2。请修正该文件，或恢复默认分类映射表。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&quot;categories&quot; is missing or empty</source>
        <translation>缺少 &quot;categories&quot; 或其为空</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no &quot;stage&quot;</source>
        <translation>分类“%1”缺少 &quot;stage&quot;</translation>
    </message>
</context>
<context>
    <name>cx::ComplaintWriter</name>
    <message>
        <source>the work-order number is empty</source>
        <translation>工单流水号为空</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a complaint category the category map does not know (%1); they are filed under the stage %2. Add the categories to the category map to place them on the journey.</source>
        <translation>
            <numerusform>%n 行的投诉分类不在分类映射表中（%1），已归入环节“%2”。请将这些分类添加到分类映射表中，以便将其放到旅程的相应环节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CsvReader</name>
    <message>
        <source>%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.</source>
        <translation>%1：读取 %2 字节后失败（%3）。请检查磁盘或网络共享后重试。</translation>
    </message>
    <message>
        <source>%1, line %2: the CSV parser failed (%3). The file may be damaged or a field may be too long for the available memory.</source>
        <translation>%1，第 %2 行：CSV 解析失败（%3）。文件可能已损坏，或某个字段过长、超出可用内存。</translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than %3 MB, so a quotation mark opened on or after this line is probably never closed. Fix the quotation marks there and import again.</source>
        <translation>%1，第 %2 行：某个字段超过 %3 MB，很可能是该行或其后某行的引号没有闭合。请修正该处的引号后重新导入。</translation>
    </message>
    <message>
        <source>%1, near line %2: some bytes are not valid %3 and were replaced by �. If text looks garbled, choose the file&apos;s encoding in the import dialog.</source>
        <translation>%1，第 %2 行附近：部分字节不是有效的 %3，已替换为 �。如果文字显示为乱码，请在导入对话框中选择该文件的编码。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed before the end of the file, so that row contains all lines after it. Check the quotation marks on that line.</source>
        <translation>%1，第 %2 行：带引号的字段直到文件末尾仍未闭合，因此该行包含了其后的所有行。请检查该行的引号。</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (or another ZIP archive), not CSV text. Import it as an .xlsx file.</source>
        <translation>%1 是 Excel 工作簿（或其他 ZIP 压缩包），不是 CSV 文本。请将其作为 .xlsx 文件导入。</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook or an encrypted workbook, not CSV text. Open it in Excel, save it as .xlsx or CSV without a password and import that file.</source>
        <translation>%1 是旧版 Excel .xls 工作簿或加密工作簿，不是 CSV 文本。请在 Excel 中打开，另存为不带密码的 .xlsx 或 CSV 文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not known. Choose another encoding, for example GB18030 or UTF-8.</source>
        <translation>%1：未知的编码“%2”。请选择其他编码，例如 GB18030 或 UTF-8。</translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; cannot be decoded here. Choose another encoding.</source>
        <translation>%1：本程序无法按编码“%2”解码。请选择其他编码。</translation>
    </message>
</context>
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
            <numerusform>本工作区共有 %n 次导入。</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import complaint, survey, monthly figure, funnel and indicator exports (Ctrl+I). You can also drop files onto the window.</source>
        <translation>导入投诉、问卷、月度数据、漏斗和指标导出文件（Ctrl+I）。也可以将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>&amp;Delete Import…</source>
        <translation>删除导入记录(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected import and every row it brought into the workspace (Delete).</source>
        <translation>删除所选导入记录，以及它导入工作区的所有行（Delete）。</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet. Import complaint work orders, survey results, monthly product figures, funnel rates and indicators with Import Files…, or drop the files onto the window.</source>
        <translation>本工作区尚未导入任何数据。请通过“导入文件…”导入投诉工单、问卷结果、产品月度数据、体验漏斗和指标，或将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>Open or create a workspace to import files into it.</source>
        <translation>请打开或新建工作区，以便向其中导入文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey response(s) with their answers</source>
        <translation>
            <numerusform>%n 份问卷答卷及其答案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product monthly figure(s)</source>
        <translation>
            <numerusform>%n 条产品月度数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber figure(s)</source>
        <translation>
            <numerusform>%n 条用户数数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funnel rate(s)</source>
        <translation>
            <numerusform>%n 条体验漏斗数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 个指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n 条指标月度值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>%n 条拒收行</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the import of %1?</source>
        <translation>确定删除 %1 的导入记录吗？</translation>
    </message>
    <message>
        <source>No rows of it are left in the workspace; only the record of the import goes.</source>
        <translation>工作区中已没有该次导入的数据行；只会删除这条导入记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be removed from the workspace: %1.</source>
        <translation>
            <numerusform>将从工作区删除 %n 行：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) cite these complaints as evidence and will lose those links.</source>
        <translation>
            <numerusform>有 %n 个改进工单引用这些投诉工单作为证据，这些关联将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete Import</source>
        <translation>删除导入记录</translation>
    </message>
    <message>
        <source>Counting the rows of %1…</source>
        <translation>正在统计 %1 的行数…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting the import of %1…</source>
        <translation>正在删除 %1 的导入记录…</translation>
    </message>
</context>
<context>
    <name>cx::DemoGenerator</name>
    <message>
        <source>Cannot write %1: %2. Free some disk space, check that you may write to the folder, or choose another folder.</source>
        <translation>无法写入 %1：%2。请释放磁盘空间、检查是否有该文件夹的写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check the path and that you may write there, or choose another folder.</source>
        <translation>无法创建文件夹 %1。请检查路径以及是否有写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Canceled; the files of this run were removed.</source>
        <translation>已取消；本次生成的文件已删除。</translation>
    </message>
    <message>
        <source>No output folder given.</source>
        <translation>未指定输出文件夹。</translation>
    </message>
    <message>
        <source>The number of complaints must be from 1 to %1, not %2.</source>
        <translation>投诉工单数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 complaints; use the utf8 or gbk format for %2.</source>
        <translation>一个 XLSX 工作表最多容纳 %1 条投诉工单；要生成 %2 条，请使用 utf8 或 gbk 格式。</translation>
    </message>
    <message>
        <source>The number of survey responses must be from 1 to %1, not %2.</source>
        <translation>问卷答卷数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>无法创建工作簿</translation>
    </message>
</context>
<context>
    <name>cx::EncodingDetector</name>
    <message>
        <source>chosen by you</source>
        <translation>由您指定</translation>
    </message>
    <message>
        <source>byte order mark</source>
        <translation>字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>UTF-16 without byte order mark</source>
        <translation>不带字节顺序标记的 UTF-16</translation>
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation>纯 ASCII 文本，按 UTF-8 读取</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>有效的 UTF-8</translation>
    </message>
    <message>
        <source>uchardet suggested %1, but the bytes are valid GB18030</source>
        <translation>uchardet 推测为 %1，但字节是有效的 GB18030</translation>
    </message>
    <message>
        <source>detected by uchardet as %1</source>
        <translation>uchardet 检测为 %1</translation>
    </message>
    <message>
        <source>valid GB18030</source>
        <translation>有效的 GB18030</translation>
    </message>
    <message>
        <source>not recognised; assuming GB18030</source>
        <translation>无法识别；按 GB18030 处理</translation>
    </message>
</context>
<context>
    <name>cx::FileInspector</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表。其中的工作表有：%3。</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty.</source>
        <translation>%1：工作表“%2”为空。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1: no header row was recognised in the first %2 rows. Choose the kind of file, or correct the column mapping.</source>
        <translation>%1：在前 %2 行中未识别到表头行。请选择文件类型，或修正列映射。</translation>
    </message>
    <message>
        <source>%1, line %2: required column(s) missing for %3: %4. Map the columns in the import wizard or choose another kind.</source>
        <translation>%1，第 %2 行：缺少%3所需的列：%4。请在导入向导中映射这些列，或选择其他类型。</translation>
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
</context>
<context>
    <name>cx::ImportFilePanel</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Save &amp;Mapping as Profile…</source>
        <translation>将映射另存为方案(&amp;M)…</translation>
    </message>
    <message>
        <source>Keep the corrected column mapping in the workspace, so that files laid out like this one are mapped by themselves next time.</source>
        <translation>将修正后的列映射保存到工作区，下次遇到格式与此相同的文件时会自动映射。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>自动识别：%1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Not needed (Excel workbook)</source>
        <translation>不需要（Excel 工作簿）</translation>
    </message>
    <message>
        <source>Not needed (text file)</source>
        <translation>不需要（文本文件）</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>问卷题目</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必需）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Header on line %1; %2 of %3 columns mapped</source>
        <translation>表头在第 %1 行；已映射 %3 列中的 %2 列</translation>
    </message>
    <message numerus="yes">
        <source>, %n survey question(s)</source>
        <translation>
            <numerusform>，%n 个问卷题目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the preview cannot be read (in red; point at one to see why).</source>
        <translation>
            <numerusform>预览中有 %n 个值无法读取（标为红色；将鼠标指向该值可查看原因）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>预览按导入后的样子显示前 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two sentences of the status line</comment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>cx::ImportJob</name>
    <message>
        <source>%1 was not imported: the import was cancelled before it began.</source>
        <translation>%1 未导入：导入在开始前已取消。</translation>
    </message>
</context>
<context>
    <name>cx::ImportPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 is required but empty here: the row will be rejected.</source>
        <translation>%1 为必需字段，但此处为空：该行将被拒收。</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>Survey question: %1</source>
        <translation>问卷题目：%1</translation>
    </message>
    <message>
        <source>%1, from the file&apos;s column &quot;%2&quot;</source>
        <translation>%1，来自文件中的列“%2”</translation>
    </message>
</context>
<context>
    <name>cx::ImportSummaryPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Replaced</source>
        <translation>替换</translation>
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
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Cancelled; nothing of it kept</source>
        <translation>已取消；未保留任何数据</translation>
    </message>
    <message>
        <source>Failed; nothing of it kept</source>
        <translation>失败；未保留任何数据</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>无新数据</translation>
    </message>
    <message>
        <source>Imported, some rows rejected</source>
        <translation>已导入，部分行被拒收</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>已导入 %1 个文件（共 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows inserted: %1; duplicates: %2; replaced: %3; rejected: %4.</source>
        <translation>新增行数：%1；重复：%2；替换：%3；拒收：%4。</translation>
    </message>
    <message>
        <source>The import was cancelled: files finished before that stay imported.</source>
        <translation>导入已取消：在此之前已完成的文件仍保持导入。</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>工作表：%1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Header on line %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected row(s), listed below.</source>
        <translation>
            <numerusform>……另有 %n 行被拒收，见下方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported in full</source>
        <translation>已全部导入</translation>
    </message>
</context>
<context>
    <name>cx::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Files to import. Add more with the button or by dropping them here; check each file&apos;s kind and preview, correct what was guessed wrong, then import.</source>
        <translation>要导入的文件。可通过按钮或将文件拖放到此处来添加更多文件；请检查每个文件的类型和预览，修正识别有误之处，然后导入。</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>Each file is imported as a whole. Cancelling rolls back the file being imported and skips the rest; files already finished stay imported.</source>
        <translation>每个文件整体导入。取消时会回滚正在导入的文件并跳过其余文件；已完成的文件仍保持导入。</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.xlsx *.xlsm);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>导出文件 (*.csv *.txt *.xlsx *.xlsm);;CSV 文件 (*.csv *.txt);;Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Select a file whose header was found before saving its mapping.</source>
        <translation>请先选择一个已识别到表头的文件，再保存其映射。</translation>
    </message>
    <message>
        <source>%1 like %2</source>
        <comment>profile name</comment>
        <translation>%1（格式同 %2）</translation>
    </message>
    <message>
        <source>Save Mapping as Profile</source>
        <translation>将映射另存为方案</translation>
    </message>
    <message>
        <source>Name of the profile (files laid out like this one will be mapped with it):</source>
        <translation>方案名称（格式与此文件相同的文件将按该方案映射）：</translation>
    </message>
    <message>
        <source>The workspace already has a profile called &quot;%1&quot;. Replace it?</source>
        <translation>工作区中已有名为“%1”的映射方案。要替换它吗？</translation>
    </message>
    <message>
        <source>Cancelling: the file being imported is rolled back…</source>
        <translation>正在取消：正在回滚当前导入的文件…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3</source>
        <translation>正在导入第 %1 个文件（共 %2 个）：%3</translation>
    </message>
</context>
<context>
    <name>cx::Importer</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import %1: the workspace is busy or read-only (%2).</source>
        <translation>无法导入 %1：工作区正忙或为只读（%2）。</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import %1: files of kind &quot;%2&quot; are not supported.</source>
        <translation>无法导入 %1：不支持类型为“%2”的文件。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing of it was kept.</source>
        <translation>%1 的导入已取消；未保留其中任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) replaced values of an earlier import: the later file wins.</source>
        <translation>
            <numerusform>%n 行替换了先前导入的值：以后导入的文件为准。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was already imported on %1; nothing new was added.</source>
        <translation>该文件已于 %1 导入过；未新增任何数据。</translation>
    </message>
</context>
<context>
    <name>cx::Kano</name>
    <message>
        <source>Attractive</source>
        <translation>魅力</translation>
    </message>
    <message>
        <source>One-dimensional</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Must-be</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>无差别</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>Questionable</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Basic need: fix it first, in every phase. When it fails, customers complain and leave.</source>
        <translation>基础需求：在任何阶段都要优先解决。一旦做不到，客户就会投诉并流失。</translation>
    </message>
    <message>
        <source>Performance need while the product is promoted: iterate fast, every improvement raises satisfaction.</source>
        <translation>产品推广期的期望需求：快速迭代，每一次改进都会提升满意度。</translation>
    </message>
    <message>
        <source>Performance need: keep improving it step by step and measure satisfaction after each step.</source>
        <translation>期望需求：持续逐步改进，每完成一步都要衡量满意度。</translation>
    </message>
    <message>
        <source>Delighter while the product is promoted: use it to build a lead over competitors.</source>
        <translation>产品推广期的魅力需求：借此建立领先于竞争对手的优势。</translation>
    </message>
    <message>
        <source>Delighter: build it as a future highlight once the basic and performance needs are met.</source>
        <translation>魅力需求：在满足基础需求和期望需求之后，将其打造为未来的亮点。</translation>
    </message>
    <message>
        <source>Indifferent: low priority. Customers do not care either way.</source>
        <translation>无差别：优先级低。有没有它，客户都不在意。</translation>
    </message>
    <message>
        <source>Reverse: never build it. Customers are put off by it; consider removing it.</source>
        <translation>反向：切勿建设。客户会因此反感；请考虑将其移除。</translation>
    </message>
    <message>
        <source>Questionable: the answers contradict each other. Check the wording of the question before acting.</source>
        <translation>可疑：答案相互矛盾。采取行动前请先检查题目的措辞。</translation>
    </message>
</context>
<context>
    <name>cx::KeyedWriter</name>
    <message>
        <source>the value is empty</source>
        <translation>值为空</translation>
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
        <source>Each product&apos;s users curve (A 成熟, B 成长, C 衰退, D 新生) and consultation cycle (A, B, C) with the phase per month, wave width and height, and the experience funnel 知晓率 → 认知率 → 认同率 → 认可率 with its experience gap.</source>
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
        <source>The Kano class of every surveyed feature (魅力, 期望, 基础, 无差别, 反向) with Better and Worse, and the strategy for the product&apos;s lifecycle phase.</source>
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
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Open or create a workspace first: imported data is stored in a workspace.</source>
        <translation>请先打开或新建工作区：导入的数据保存在工作区中。</translation>
    </message>
</context>
<context>
    <name>cx::MappingEditor</name>
    <message>
        <source>A mapping profile needs a name and a kind of file. Enter a name and try again.</source>
        <translation>映射方案需要名称和文件类型。请输入名称后重试。</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile &quot;%1&quot; in the workspace: %2. Check that the workspace file is writable.</source>
        <translation>无法在工作区中保存映射方案“%1”：%2。请检查工作区文件是否可写。</translation>
    </message>
</context>
<context>
    <name>cx::MappingProfile</name>
    <message>
        <source>a field has no &quot;name&quot;</source>
        <translation>有字段缺少 &quot;name&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation>字段“%1”的类型“%2”未知</translation>
    </message>
    <message>
        <source>enum field &quot;%1&quot; lists no &quot;values&quot;</source>
        <translation>枚举字段“%1”未列出 &quot;values&quot;</translation>
    </message>
    <message>
        <source>Mapping profile %1, line %2: %3. Correct the profile or delete it and map the columns again.</source>
        <translation>映射方案 %1，第 %2 行：%3。请修正该方案，或将其删除后重新映射各列。</translation>
    </message>
    <message>
        <source>Mapping profile %1: %2. Correct the profile or delete it and map the columns again.</source>
        <translation>映射方案 %1：%2。请修正该方案，或将其删除后重新映射各列。</translation>
    </message>
    <message>
        <source>the file is not a JSON object</source>
        <translation>该文件不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing</source>
        <translation>缺少 &quot;kind&quot;</translation>
    </message>
    <message>
        <source>&quot;extra_columns&quot; must be &quot;ignore&quot; or &quot;survey_questions&quot;, not &quot;%1&quot;</source>
        <translation>&quot;extra_columns&quot; 必须是 &quot;ignore&quot; 或 &quot;survey_questions&quot;，而不是“%1”</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is listed twice</source>
        <translation>字段“%1”被列出了两次</translation>
    </message>
    <message>
        <source>&quot;fields&quot; lists no field</source>
        <translation>&quot;fields&quot; 未列出任何字段</translation>
    </message>
    <message>
        <source>&quot;require_any&quot; names the unknown field &quot;%1&quot;</source>
        <translation>&quot;require_any&quot; 引用了未知字段“%1”</translation>
    </message>
    <message>
        <source>Complaint work orders</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度问卷</translation>
    </message>
    <message>
        <source>Product monthly figures</source>
        <translation>产品月度数据</translation>
    </message>
    <message>
        <source>Experience funnel rates</source>
        <translation>体验漏斗</translation>
    </message>
    <message>
        <source>Indicator system</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Indicator actuals</source>
        <translation>指标实际值</translation>
    </message>
    <message>
        <source>Work order number</source>
        <translation>工单流水号</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Customer level</source>
        <translation>客户星级</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>地市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category, level 1</source>
        <translation>投诉一级分类</translation>
    </message>
    <message>
        <source>Category, level 2</source>
        <translation>投诉二级分类</translation>
    </message>
    <message>
        <source>Category, level 3</source>
        <translation>投诉三级分类</translation>
    </message>
    <message>
        <source>Complaint text</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Handling time (hours)</source>
        <translation>处理时长（小时）</translation>
    </message>
    <message>
        <source>Repeated complaint</source>
        <translation>是否重复投诉</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>是否升级投诉</translation>
    </message>
    <message>
        <source>Callback rating</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>Response number</source>
        <translation>答卷编号</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>所用时间</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>来源详情</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>新增用户数</translation>
    </message>
    <message>
        <source>Churned users</source>
        <translation>流失用户数</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询量</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>Awareness rate</source>
        <translation>知晓率</translation>
    </message>
    <message>
        <source>Cognition rate</source>
        <translation>认知率</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>认同率</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation>认可率</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>指标编码</translation>
    </message>
    <message>
        <source>Indicator name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>指标层级</translation>
    </message>
    <message>
        <source>Parent indicator code</source>
        <translation>上级指标编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>指标方向</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>实际值</translation>
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
    <name>cx::RejectedRowModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Raw row</source>
        <translation>原始行</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Cannot read the rejected rows from the workspace: %1. Nothing was written to %2.</source>
        <translation>无法从工作区读取拒收行：%1。未向 %2 写入任何内容。</translation>
    </message>
</context>
<context>
    <name>cx::RejectedRowsPanel</name>
    <message>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>导出拒收行(&amp;X)…</translation>
    </message>
    <message>
        <source>Save every rejected row of this import as a CSV file that Excel opens.</source>
        <translation>将本次导入的所有拒收行保存为可用 Excel 打开的 CSV 文件。</translation>
    </message>
    <message>
        <source>&amp;Rejected rows: select an import to see them.</source>
        <translation>拒收行(&amp;R)：请选择一条导入记录以查看。</translation>
    </message>
    <message>
        <source>&amp;Rejected rows of %1: none.</source>
        <translation>%1 的拒收行(&amp;R)：无。</translation>
    </message>
    <message>
        <source>&amp;Rejected rows of %1: %2.</source>
        <translation>%1 的拒收行(&amp;R)：%2 行。</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <comment>file name</comment>
        <translation>%1 - 拒收行.csv</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>导出拒收行</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cx::RowWriter</name>
    <message>
        <source>the row has %1 columns but the header has %2</source>
        <translation>该行有 %1 列，但表头有 %2 列</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>列“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cx::SurveyWriter</name>
    <message>
        <source>the submission time is empty</source>
        <translation>提交时间为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的分数</translation>
    </message>
</context>
<context>
    <name>cx::TableReader</name>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>无法打开 %1：%2。请检查文件是否存在以及是否有读取权限。</translation>
    </message>
</context>
<context>
    <name>cx::ValueParser</name>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>“%1”不是%2</translation>
    </message>
    <message>
        <source>a date (expected a form such as 2024-03-05 14:03:22 or 2024/3/5)</source>
        <translation>日期（应为 2024-03-05 14:03:22 或 2024/3/5 等格式）</translation>
    </message>
    <message>
        <source>a month (expected a form such as 2024-03, 2024年3月 or 202403)</source>
        <translation>月份（应为 2024-03、2024年3月 或 202403 等格式）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>yes or no (expected 是/否, Y/N, 1/0)</source>
        <translation>是或否（应为 是/否、Y/N、1/0）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
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
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法初始化 %1：%2</translation>
    </message>
</context>
<context>
    <name>cx::XlsxReader</name>
    <message>
        <source>it ends too early</source>
        <translation>内容提前结束</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3, XML line %4). Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1：部件 %2 不是格式正确的 XML（%3，XML 第 %4 行）。请在 Excel 中打开该文件，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 (Sheet &quot;%2&quot;, after row %3.)</source>
        <translation>%1（工作表“%2”，第 %3 行之后。）</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; ends inside row %3. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1：工作表“%2”在第 %3 行中途结束。请在 Excel 中打开该文件，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: a cell lies beyond column %4, more columns than Excel allows. The file is damaged or not a normal workbook; open it in Excel and save it again.</source>
        <translation>%1，工作表“%2”，第 %3 行：有单元格位于第 %4 列之后，超出了 Excel 允许的列数。该文件已损坏或不是正常的工作簿；请在 Excel 中打开并重新保存。</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: a cell refers to a shared string that does not exist; it is read as empty. Save the file again in Excel if text is missing.</source>
        <translation>%1，工作表“%2”，第 %3 行：有单元格引用了不存在的共享字符串，已按空值读取。如有文字缺失，请在 Excel 中重新保存该文件。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 shared strings, more than this program accepts. Split the data into smaller workbooks.</source>
        <translation>%1 包含超过 %2 个共享字符串，超出本程序的处理上限。请将数据拆分到多个较小的工作簿中。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a stream. Save it to a file and import that file.</source>
        <translation>%1 无法以流方式读取。请将其保存为文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook or an encrypted workbook. Open it in Excel, save it as .xlsx without a password and import that file.</source>
        <translation>%1 是旧版 Excel .xls 工作簿或加密工作簿。请在 Excel 中打开，另存为不带密码的 .xlsx 文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a ZIP archive). If it holds CSV text, import it as CSV; if it is an old .xls file, save it as .xlsx in Excel first.</source>
        <translation>%1 不是 .xlsx 工作簿（不是 ZIP 压缩包）。如果其内容是 CSV 文本，请作为 CSV 导入；如果是旧版 .xls 文件，请先在 Excel 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 contains no worksheets. Check that you picked the right file.</source>
        <translation>%1 不包含任何工作表。请确认选择的文件是否正确。</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2; it has %3 sheets. Choose one of them.</source>
        <translation>%1 没有第 %2 个工作表；它共有 %3 个工作表。请从中选择一个。</translation>
    </message>
</context>
<context>
    <name>cx::ZipArchive</name>
    <message>
        <source>%1 is not a readable .xlsx workbook: it is not a ZIP archive or it is truncated. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：它不是 ZIP 压缩包，或已被截断。请在 Excel 中打开，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the workbook part %2 is missing. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1：缺少工作簿部件 %2。请在 Excel 中打开该文件，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the entry %2 of the ZIP archive is damaged. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1：ZIP 压缩包中的条目 %2 已损坏。请在 Excel 中打开该文件，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is encrypted. Remove the password in Excel, save the file again and import that file.</source>
        <translation>%1 已加密。请在 Excel 中取消密码，重新保存该文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the part %2 uses an unsupported ZIP compression method (%3). Save the file again in Excel and import that file.</source>
        <translation>%1：部件 %2 使用了不支持的 ZIP 压缩方法（%3）。请在 Excel 中重新保存该文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to %3 MB, more than the %4 MB this program accepts. The file is not a normal workbook; split the data into smaller files.</source>
        <translation>%1：部件 %2 解压后为 %3 MB，超过本程序接受的上限 %4 MB。该文件不是正常的工作簿；请将数据拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed more than %3:1, which workbooks never are; refusing it as a possible zip bomb. Get the file from its original source again.</source>
        <translation>%1：部件 %2 的压缩比超过 %3:1，正常工作簿绝不会如此；疑为压缩炸弹，已拒绝读取。请从原始来源重新获取该文件。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be unpacked. Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1：无法解压部件 %2。请在 Excel 中打开该文件，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (unpacking error %3). Open the file in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1：部件 %2 已损坏（解压错误 %3）。请在 Excel 中打开该文件，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MB, which this program does not accept. Split the data into smaller files.</source>
        <translation>%1：部件 %2 解压后超过 %3 MB，超出本程序的接受范围。请将数据拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1: the part %2 fails its checksum, so the file is damaged. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>%1：部件 %2 校验和不符，文件已损坏。请在 Excel 中打开，重新另存为 .xlsx，然后导入该文件。</translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <source>Write realistic demo exports to a folder.</source>
        <translation>在文件夹中生成逼真的演示导出文件。</translation>
    </message>
    <message>
        <source>Run &apos;cxwb-cli %1 --help&apos; for the options.</source>
        <translation>运行 &apos;cxwb-cli %1 --help&apos; 查看选项。</translation>
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
        <source>Run &apos;cxwb-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;cxwb-cli &lt;命令&gt; --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <source>cxwb-cli: unknown command &apos;%1&apos;.</source>
        <translation>cxwb-cli：未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Run &apos;cxwb-cli --help&apos; for the list of commands.</source>
        <translation>运行 &apos;cxwb-cli --help&apos; 查看命令列表。</translation>
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
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>score</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>per 10k</source>
        <translation>万投比</translation>
    </message>
    <message>
        <source>light</source>
        <translation>红绿灯</translation>
    </message>
    <message>
        <source>open WOs</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>top categories</source>
        <translation>TOP 投诉分类</translation>
    </message>
    <message>
        <source>Hotspots by increase (%1 against %2)</source>
        <translation>按增量排名的热点（%1 对比 %2）</translation>
    </message>
    <message>
        <source>No category increased.</source>
        <translation>没有投诉量增加的分类。</translation>
    </message>
    <message>
        <source>per 10k: %1</source>
        <translation>万投比：%1</translation>
    </message>
    <message>
        <source>keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>… and %1 more (--json lists all).</source>
        <translation>……另有 %1 项（--json 可列出全部）。</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>时段：%1 至 %2</translation>
    </message>
    <message>
        <source>NPS: %1 (n = %2)   satisfaction: %3 (satisfied %4, n = %5)   complaints: %6 (per 10k: %7)</source>
        <translation>NPS：%1（n = %2）   满意度：%3（满意率 %4，n = %5）   投诉量：%6（万投比：%7）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Responsibility chains</source>
        <translation>责任链</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>%1: curve %2, consultation cycle %3, phase %4</source>
        <translation>%1：生命周期曲线 %2，咨询周期曲线 %3，阶段 %4</translation>
    </message>
    <message>
        <source>Experience gap (period average)</source>
        <translation>体验鸿沟（时段平均）</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>卡诺模型</translation>
    </message>
    <message>
        <source>%1: %2 (better %3, worse %4)</source>
        <translation>%1：%2（Better %3，Worse %4）</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <source>%1: Pearson %2, Spearman %3 (p %4, n = %5)</source>
        <translation>%1：Pearson %2，Spearman %3（p %4，n = %5）</translation>
    </message>
    <message>
        <source>Analyse a workspace: NPS, journey matrix, hotspots, significant drops, responsibility chains, lifecycle, funnel, Kano and drivers. Without a period, the latest month with data is analysed and alerts cover the whole history.</source>
        <translation>分析工作区：NPS、旅程矩阵、热点、显著下降、责任链、生命周期、漏斗、卡诺模型和驱动因素。未指定时段时，分析有数据的最近一个月，预警则覆盖全部历史数据。</translation>
    </message>
    <message>
        <source>Workspace file (.cxw).</source>
        <translation>工作区文件（.cxw）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Analyse one month.</source>
        <translation>分析单个月份。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>First month of the period.</source>
        <translation>时段的起始月份。</translation>
    </message>
    <message>
        <source>Last month of the period.</source>
        <translation>时段的结束月份。</translation>
    </message>
    <message>
        <source>Only this product (repeat for several).</source>
        <translation>仅分析该产品（可重复指定多个）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Only this city.</source>
        <translation>仅分析该地市。</translation>
    </message>
    <message>
        <source>Only this county (drill below a city).</source>
        <translation>仅分析该区县（在地市之下下钻）。</translation>
    </message>
    <message>
        <source>Only this grid (drill below a county).</source>
        <translation>仅分析该网格（在区县之下下钻）。</translation>
    </message>
    <message>
        <source>Only complaints of this channel.</source>
        <translation>仅统计该受理渠道的投诉。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Name the workspace with -w FILE.</source>
        <translation>请用 -w FILE 指定工作区。</translation>
    </message>
    <message>
        <source>Give either --month or --from/--to, not both.</source>
        <translation>请指定 --month 或 --from/--to 其中之一，不能同时指定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2024-08.</source>
        <translation>“%1”不是月份；请写成 YYYY-MM 格式，例如 2024-08。</translation>
    </message>
    <message>
        <source>There is no workspace %1. Create one with &apos;cxwb-cli import -w %1 FILE...&apos;.</source>
        <translation>工作区 %1 不存在。请用 &apos;cxwb-cli import -w %1 FILE...&apos; 创建。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>时段的起始月份（%1）晚于结束月份（%2）。</translation>
    </message>
    <message>
        <source>The workspace has no product &quot;%1&quot;; it has: %2.</source>
        <translation>工作区中没有产品“%1”；现有产品：%2。</translation>
    </message>
    <message>
        <source>--%1 needs the region above it too (--city, then --county, then --grid).</source>
        <translation>--%1 还需要同时指定其上一级区域（依次为 --city、--county、--grid）。</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in %3; known: %4.</source>
        <translation>%3 中没有名为“%2”的 %1；已知的有：%4。</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <source>Analyse a workspace (journey, hotspots, alerts, responsibility, products).</source>
        <translation>分析工作区（旅程、热点、预警、责任、产品）。</translation>
    </message>
    <message>
        <source>Writes realistic demo exports of one province to a folder: complaint work orders, a satisfaction survey (XLSX), product monthly figures, experience funnel rates, the indicator tree and its monthly values, and demo_truth.json with the planted patterns an analysis should find.</source>
        <translation>将一个省份的逼真演示导出文件写入文件夹：投诉工单、满意度问卷（XLSX）、产品月度数据、体验漏斗、指标体系及其月度值，以及 demo_truth.json（记录分析应当发现的预置规律）。</translation>
    </message>
    <message>
        <source>Folder to write to (created if missing).</source>
        <translation>要写入的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Unique complaint work orders, 1 to %1 (default 24000).</source>
        <translation>不重复的投诉工单数，1 到 %1（默认 24000）。</translation>
    </message>
    <message>
        <source>Survey responses, 1 to %1 (default 6000).</source>
        <translation>问卷答卷数，1 到 %1（默认 6000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed writes the same bytes (default 20240101).</source>
        <translation>随机种子；相同的种子写出完全相同的字节（默认 20240101）。</translation>
    </message>
    <message>
        <source>How complaints are written: mixed (default; two overlapping period exports as they really arrive: GBK with title and footer rows, then UTF-8 with BOM and other column names), utf8, gbk or xlsx (one file in that format, no title, footer or overlap).</source>
        <translation>投诉工单的写出方式：mixed（默认；按真实到达的样子生成两份时段重叠的导出：先是带标题行和表尾合计行的 GBK 文件，再是带 BOM、列名不同的 UTF-8 文件）、utf8、gbk 或 xlsx（该格式的单个文件，没有标题行、表尾行，也没有重叠）。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>no output folder: give one with -o DIR.</source>
        <translation>未指定输出文件夹：请用 -o DIR 指定。</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 需要 1 到 %2 之间的整数，而不是 &apos;%3&apos;。</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation>--seed 需要 0 到 18446744073709551615 之间的整数，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--format expects mixed, utf8, gbk or xlsx, not &apos;%1&apos;.</source>
        <translation>--format 的取值应为 mixed、utf8、gbk 或 xlsx，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Writing demo files: %1%</source>
        <translation>正在写入演示文件：%1%</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1:</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>planted patterns and expected counts</source>
        <translation>预置规律及预期计数</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 行</translation>
    </message>
    <message>
        <source>Done in %L1 s (%L2 complaints per second).</source>
        <translation>完成，用时 %L1 秒（每秒 %L2 条投诉工单）。</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>kind: %1 (%2)</source>
        <translation>类型：%1（%2）</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>sheet: %1</source>
        <translation>工作表：%1</translation>
    </message>
    <message>
        <source>header row: %1</source>
        <translation>表头行：%1</translation>
    </message>
    <message>
        <source>rows read: %1   inserted: %2   duplicates: %3   replaced: %4   skipped: %5   rejected: %6</source>
        <translation>读取行数：%1   新增：%2   重复：%3   替换：%4   跳过：%5   拒收：%6</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows, kept in the workspace.</source>
        <translation>……另有 %1 行被拒收，已保存在工作区中。</translation>
    </message>
    <message>
        <source>Import complaint, survey, product, funnel and indicator exports (CSV or XLSX) into a workspace. The workspace is created when it does not exist.</source>
        <translation>将投诉、问卷、产品、漏斗和指标导出文件（CSV 或 XLSX）导入工作区。工作区不存在时会自动创建。</translation>
    </message>
    <message>
        <source>Kind of every file: complaints, survey, product_monthly, funnel, indicator_tree or indicator_values (default: detected).</source>
        <translation>所有文件的类型：complaints、survey、product_monthly、funnel、indicator_tree 或 indicator_values（默认：自动识别）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Encoding of CSV files, e.g. GB18030 or UTF-8 (default: detected).</source>
        <translation>CSV 文件的编码，例如 GB18030 或 UTF-8（默认：自动识别）。</translation>
    </message>
    <message>
        <source>Sheet of XLSX files (default: the best match).</source>
        <translation>XLSX 文件中要读取的工作表（默认：最匹配的工作表）。</translation>
    </message>
    <message>
        <source>Print a JSON array with one object per file.</source>
        <translation>输出一个 JSON 数组，每个文件对应一个对象。</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>文件...</translation>
    </message>
    <message>
        <source>Name at least one file to import.</source>
        <translation>请至少指定一个要导入的文件。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>未知类型“%1”；请使用以下类型之一：%2。</translation>
    </message>
    <message>
        <source>Import exports (CSV, XLSX) into a workspace.</source>
        <translation>将导出文件（CSV、XLSX）导入工作区。</translation>
    </message>
</context>
</TS>
