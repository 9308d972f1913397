<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cx::Aggregates</name>
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
    <name>cx::AlertModel</name>
    <message>
        <source>%1%2 pt</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>Complaints in %1 / in %2</source>
        <translation>%1 / %2 的投诉量</translation>
    </message>
    <message>
        <source>Answers in %1 / in %2</source>
        <translation>%1 / %2 的答卷数</translation>
    </message>
    <message>
        <source>Benjamini–Hochberg adjusted over every test of the run</source>
        <translation>已对本次运行的全部检验做 Benjamini–Hochberg 校正</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>变化前 → 变化后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>p (adjusted)</source>
        <translation>p 值（校正后）</translation>
    </message>
    <message>
        <source>p (raw)</source>
        <translation>p 值（原始）</translation>
    </message>
    <message>
        <source>n before / after</source>
        <translation>样本量 前 / 后</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>走势</translation>
    </message>
</context>
<context>
    <name>cx::AlertsView</name>
    <message>
        <source>No significant change in the history of this scope.</source>
        <translation>该范围的历史数据中没有显著变化。</translation>
    </message>
    <message>
        <source>No alert of this metric and stage: choose others above.</source>
        <translation>该指标和环节下没有预警：请在上方选择其他条件。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Select an alert to chart its series.</source>
        <translation>选择一条预警以绘制其走势图。</translation>
    </message>
    <message numerus="yes">
        <source>Alerts compare a month with the month before: the data holds only %n month(s).</source>
        <translation>
            <numerusform>预警是将某月与上月比较：当前数据只有 %n 个月。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert(s) in the scope&apos;s history</source>
        <translation>
            <numerusform>显示 %1 条，该范围历史中共 %n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <source>满意率 (%)</source>
        <translation>满意率（%）</translation>
    </message>
    <message>
        <source>Alert month</source>
        <translation>预警月份</translation>
    </message>
    <message>
        <source>Finding the significant changes in the scope&apos;s history…</source>
        <translation>正在查找该范围历史中的显著变化…</translation>
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
    <name>cx::AnalysisService</name>
    <message>
        <source>Preparing the analysis was cancelled.</source>
        <translation>分析准备已取消。</translation>
    </message>
    <message>
        <source>Loading the analysis…</source>
        <translation>正在加载分析…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Rebuilding the analysis tables after a deleted import…</source>
        <translation>导入记录已删除，正在重建分析表…</translation>
    </message>
    <message>
        <source>Adding newly imported rows to the analysis tables…</source>
        <translation>正在将新导入的行加入分析表…</translation>
    </message>
    <message>
        <source>Indexing complaints for browsing…</source>
        <translation>正在为投诉建立浏览索引…</translation>
    </message>
    <message>
        <source>Recomputing keywords and pain-point tags with the edited word lists…</source>
        <translation>正在按编辑后的词表重新计算关键词和痛点标签…</translation>
    </message>
    <message>
        <source>Finding the keywords of newly imported complaints…</source>
        <translation>正在提取新导入投诉的关键词…</translation>
    </message>
    <message>
        <source>Waiting for another program to finish importing into this workspace…</source>
        <translation>正在等待另一个程序完成向此工作区的导入…</translation>
    </message>
</context>
<context>
    <name>cx::AnalysisView</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>No workspace open. Create a workspace with File › New Workspace, or open one with File › Open Workspace; then import complaint, survey and product exports.</source>
        <translation>未打开工作区。请通过“文件 › 新建工作区”创建工作区，或通过“文件 › 打开工作区”打开已有工作区，然后导入投诉、问卷和产品数据。</translation>
    </message>
    <message>
        <source>%1
The window stays usable meanwhile; the status bar shows the progress.</source>
        <translation>%1
在此期间窗口仍可正常使用，状态栏会显示进度。</translation>
    </message>
    <message>
        <source>The workspace could not be analysed: %1</source>
        <translation>无法分析该工作区：%1</translation>
    </message>
    <message>
        <source>Preparing the analysis was cancelled, so there is nothing to show yet.</source>
        <translation>分析准备已取消，暂无可显示的内容。</translation>
    </message>
    <message>
        <source>Computing the analysis…</source>
        <translation>正在计算分析…</translation>
    </message>
    <message>
        <source>This workspace holds no complaints or survey responses yet. Import complaint work orders and satisfaction survey exports (CSV or Excel) to see where customers hurt.</source>
        <translation>该工作区中还没有投诉工单或问卷答卷。请导入投诉工单和满意度问卷导出文件（CSV 或 Excel），查看客户的痛点所在。</translation>
    </message>
    <message>
        <source>No complaints or survey responses for %1. Choose other products, another region or another channel in the filter bar.</source>
        <translation>%1 没有投诉工单或问卷答卷。请在筛选栏中选择其他产品、区域或受理渠道。</translation>
    </message>
    <message>
        <source>No data in the period chosen (%1 – %2). The data runs from %3 to %4: choose a period in the filter bar.</source>
        <translation>所选时段（%1 – %2）没有数据。数据覆盖 %3 至 %4：请在筛选栏中选择时段。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Prepare the Analysis</source>
        <translation>准备分析</translation>
    </message>
    <message>
        <source>No survey responses in this workspace: satisfaction, 满意率 and NPS need a satisfaction survey export.</source>
        <translation>该工作区中没有问卷答卷：满意度、满意率和 NPS 需要满意度问卷导出文件。</translation>
    </message>
    <message>
        <source>No complaints in this workspace: complaint counts, 万投比 and hotspots need complaint work orders.</source>
        <translation>该工作区中没有投诉工单：投诉量、万投比和热点需要投诉工单数据。</translation>
    </message>
    <message>
        <source>No product monthly figures: 万投比 needs the subscribers (users) of each product and month.</source>
        <translation>没有产品月度数据：万投比需要各产品每月的用户数。</translation>
    </message>
    <message>
        <source>Only one month of data (%1): changes against the previous month need the month before as well.</source>
        <translation>只有一个月的数据（%1）：与上月比较的变化还需要前一个月的数据。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Keywords and pain-point tags are being recomputed with the edited word lists: those shown are of the lists before.</source>
        <translation>正在按编辑后的词表重新计算关键词和痛点标签：当前显示的仍是按原词表得出的结果。</translation>
    </message>
</context>
<context>
    <name>cx::AnalyticsCube</name>
    <message>
        <source>Cannot open the workspace %1 for analysis: %2</source>
        <translation>无法打开工作区 %1 进行分析：%2</translation>
    </message>
    <message>
        <source>Cannot read the analysis tables of the workspace: %1. Re-import the data or repair the workspace.</source>
        <translation>无法读取工作区的分析表：%1。请重新导入数据或修复工作区。</translation>
    </message>
    <message>
        <source>they hold counts this version cannot read</source>
        <translation>其中的计数本版本无法读取</translation>
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
    <name>cx::BiffReader</name>
    <message>
        <source>%1 could not be read: the old Excel format reader stopped (%2; damaged file?) — save it as .xlsx or CSV in Excel/WPS and import that file.</source>
        <translation>无法读取 %1：旧版 Excel 格式读取程序已中止（%2；文件是否已损坏？）——请在 Excel/WPS 中另存为 .xlsx 或 CSV，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is a password-protected Office file. Open it in Excel, save it without a password (as .xlsx) and import that file.</source>
        <translation>%1 是受密码保护的 Office 文件。请在 Excel 中打开，另存为不带密码的 .xlsx 文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is a Word document, not a workbook. Export the table from the source system as CSV or Excel and import that file.</source>
        <translation>%1 是 Word 文档，不是工作簿。请从源系统将表格导出为 CSV 或 Excel，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is a PowerPoint presentation, not a workbook. Export the table from the source system as CSV or Excel and import that file.</source>
        <translation>%1 是 PowerPoint 演示文稿，不是工作簿。请从源系统将表格导出为 CSV 或 Excel，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is an Outlook message, not a workbook. Save its attachment and import that file.</source>
        <translation>%1 是 Outlook 邮件，不是工作簿。请保存其附件，然后导入该附件。</translation>
    </message>
    <message>
        <source>%1 is an Office compound file without a workbook in it. Check that you picked the right file, or export the table as CSV or Excel and import that file.</source>
        <translation>%1 是不含工作簿的 Office 复合文件。请确认选择的文件是否正确，或将表格导出为 CSV 或 Excel 后导入该文件。</translation>
    </message>
    <message>
        <source>Cannot open %1. Check that the file exists and that you may read it.</source>
        <translation>无法打开 %1。请检查文件是否存在以及是否有读取权限。</translation>
    </message>
    <message>
        <source>%1 is too large to be read in the available memory. Save it as .xlsx or CSV and import that file.</source>
        <translation>%1 过大，可用内存不足以读取。请另存为 .xlsx 或 CSV，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 uses a character set that cannot be read here. Open it in Excel, save it as .xlsx and import that file.</source>
        <translation>%1 使用了此处无法读取的字符集。请在 Excel 中打开，另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is damaged in a way that may be deliberate, and was not read. Ask for the file again.</source>
        <translation>%1 的损坏情况疑似人为构造，未予读取。请重新索取该文件。</translation>
    </message>
    <message>
        <source>%1 is password-protected. Open it in Excel, save it without a password and import that file.</source>
        <translation>%1 受密码保护。请在 Excel 中打开，另存为不带密码的文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a complete .xls workbook (FreeXL error %2). Open it in Excel, save it again and import that file.</source>
        <translation>%1 已损坏或不是完整的 .xls 工作簿（FreeXL 错误 %2）。请在 Excel 中打开并重新保存，然后导入该文件。</translation>
    </message>
    <message>
        <source>it sent data that makes no sense</source>
        <translation>它返回了无法解析的数据</translation>
    </message>
    <message>
        <source>it crashed or went over its limit of processor time or memory</source>
        <translation>它已崩溃，或超出了处理器时间或内存限制</translation>
    </message>
    <message>
        <source>it ended with exit code %1 before it answered</source>
        <translation>它在应答前以退出码 %1 结束</translation>
    </message>
    <message numerus="yes">
        <source>it gave no answer within %n second(s)</source>
        <translation>
            <numerusform>它在 %n 秒内没有应答</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; cannot be read; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation>%1：无法读取工作表“%2”；工作簿可能已损坏。请在 Excel 中打开并重新保存，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: a cell cannot be read (FreeXL error %4) and was left empty. The workbook may be damaged.</source>
        <translation>%1，工作表“%2”，第 %3 行：有单元格无法读取（FreeXL 错误 %4），已留空。工作簿可能已损坏。</translation>
    </message>
    <message>
        <source>%1 cannot be copied to a temporary file to be read (%2). Free some disk space and try again.</source>
        <translation>无法将 %1 复制到临时文件以进行读取（%2）。请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the reader of old Excel files (cxwb-xlsread) is missing from this installation. Install CX Workbench again, or save the file as .xlsx or CSV in Excel/WPS and import that file.</source>
        <translation>无法读取 %1：本次安装缺少旧版 Excel 文件读取程序（cxwb-xlsread）。请重新安装客户体验分析工作台，或在 Excel/WPS 中另存为 .xlsx 或 CSV 后导入该文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the reader of old Excel files (%2) does not start (%3). Install CX Workbench again, or save the file as .xlsx or CSV in Excel/WPS and import that file.</source>
        <translation>无法读取 %1：旧版 Excel 文件读取程序（%2）无法启动（%3）。请重新安装客户体验分析工作台，或在 Excel/WPS 中另存为 .xlsx 或 CSV 后导入该文件。</translation>
    </message>
    <message>
        <source>%1 contains no worksheets. Check that you picked the right file.</source>
        <translation>%1 不包含任何工作表。请确认选择的文件是否正确。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sheet(s); there is no sheet %2.</source>
        <translation>
            <numerusform>%1 共有 %n 个工作表；不存在第 %2 个工作表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Breadcrumb</name>
    <message>
        <source>Showing:</source>
        <translation>当前显示：</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <source>The region every view shows</source>
        <translation>所有视图显示的区域</translation>
    </message>
    <message>
        <source>Back up to %1 (Alt+Up goes one level up)</source>
        <translation>返回 %1（Alt+Up 返回上一级）</translation>
    </message>
    <message>
        <source>Drill down into a region below</source>
        <translation>下钻到下级区域</translation>
    </message>
</context>
<context>
    <name>cx::CategoryMap</name>
    <message>
        <source>Category map %1: %2. Correct the file or restore the default category map.</source>
        <translation>分类映射 %1：%2。请修正该文件，或恢复默认分类映射。</translation>
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
    <name>cx::CategoryMapCsv</name>
    <message>
        <source>%1 is empty: it needs the header %2.</source>
        <translation>%1 为空：需要表头 %2。</translation>
    </message>
    <message>
        <source>%1, line %2: the header must name the columns %3 (category and stage at least).</source>
        <translation>%1，第 %2 行：表头必须包含列 %3（至少包含分类和环节）。</translation>
    </message>
    <message>
        <source>the category is empty</source>
        <translation>分类为空</translation>
    </message>
    <message>
        <source>the category %1 is already on line %2</source>
        <translation>分类 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>%1 is not a journey stage of the workspace (%2)</source>
        <translation>%1 不是本工作区的旅程环节（%2）</translation>
    </message>
    <message>
        <source>the experience level %1 is not one of %2</source>
        <translation>体验层级 %1 不是 %2 之一</translation>
    </message>
</context>
<context>
    <name>cx::CategoryMapEditor</name>
    <message>
        <source>Cannot read the journey stages of %1: %2</source>
        <translation>无法读取 %1 的旅程环节：%2</translation>
    </message>
    <message>
        <source>The journey stages and categories are still being read; try again in a moment.</source>
        <translation>仍在读取旅程环节和分类；请稍后重试。</translation>
    </message>
    <message>
        <source>Add journey stage %1</source>
        <translation>添加旅程环节 %1</translation>
    </message>
    <message>
        <source>There is no journey stage %1.</source>
        <translation>不存在旅程环节 %1。</translation>
    </message>
    <message>
        <source>Rename journey stage %1 to %2</source>
        <translation>将旅程环节 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Move journey stage %1</source>
        <translation>移动旅程环节 %1</translation>
    </message>
    <message numerus="yes">
        <source>The journey stage %1 cannot be removed: %n categorie(s) are mapped to it. Map them to another stage first.</source>
        <translation>
            <numerusform>无法删除旅程环节 %1：有 %n 个分类映射到它。请先将这些分类映射到其他环节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journey stage %1 cannot be removed: %n survey question(s) or work order(s) refer to it. Rename it instead.</source>
        <translation>
            <numerusform>无法删除旅程环节 %1：有 %n 道问卷题目或改进工单引用了它。请改为重命名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove journey stage %1</source>
        <translation>删除旅程环节 %1</translation>
    </message>
    <message>
        <source>Change category %1</source>
        <translation>修改分类 %1</translation>
    </message>
    <message>
        <source>Map category %1 to %2</source>
        <translation>将分类 %1 映射到 %2</translation>
    </message>
    <message>
        <source>The category %1 is not in the map.</source>
        <translation>分类 %1 不在映射中。</translation>
    </message>
    <message>
        <source>Remove category %1 from the map</source>
        <translation>从映射中删除分类 %1</translation>
    </message>
</context>
<context>
    <name>cx::CategoryMapModel</name>
    <message>
        <source>Not in the category map: its complaints are filed under %1. Choose a stage to map it.</source>
        <translation>不在分类映射中：其投诉归入 %1。请选择一个环节进行映射。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>旅程环节</translation>
    </message>
    <message>
        <source>Perception element</source>
        <translation>感知要素</translation>
    </message>
    <message>
        <source>Experience level</source>
        <translation>体验层级</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
</context>
<context>
    <name>cx::Chart</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>另存为 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
</context>
<context>
    <name>cx::ComplaintRowWriter</name>
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
            <numerusform>%n 行的投诉分类不在分类映射中（%1），已归入环节“%2”。请将这些分类添加到分类映射中，以便将其放到旅程的相应环节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ComplaintTable</name>
    <message>
        <source>Finding the complaints…</source>
        <translation>正在查找投诉工单…</translation>
    </message>
    <message>
        <source>No complaints for this selection.</source>
        <translation>该选择下没有投诉工单。</translation>
    </message>
    <message>
        <source>No complaint contains “%1”.</source>
        <translation>没有包含“%1”的投诉工单。</translation>
    </message>
    <message>
        <source>Search the complaint texts and work-order numbers (Ctrl+F)</source>
        <translation>搜索投诉内容和工单流水号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation>复制全部行(&amp;A)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉工单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 containing “%2”</source>
        <translation>%1（包含“%2”）</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n row(s) to copy…</source>
        <translation>
            <numerusform>正在获取要复制的 %n 行…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ComplaintTableModel</name>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单流水号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
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
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Complaint</source>
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
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>The complaints could not be read from the workspace.</source>
        <translation>无法从工作区读取投诉工单。</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
</context>
<context>
    <name>cx::CsvReader</name>
    <message>
        <source>%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.</source>
        <translation>%1：读取 %2 字节后失败（%3）。请检查磁盘或网络共享后重试。</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (or another ZIP archive), not CSV text. Import it as an .xlsx file.</source>
        <translation>%1 是 Excel 工作簿（或其他 ZIP 压缩包），不是 CSV 文本。请将其作为 .xlsx 文件导入。</translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not known. Choose another encoding, for example GB18030 or UTF-8.</source>
        <translation>%1：未知的编码“%2”。请选择其他编码，例如 GB18030 或 UTF-8。</translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; cannot be decoded here. Choose another encoding.</source>
        <translation>%1：本程序无法按编码“%2”解码。请选择其他编码。</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook (or another Office document), not CSV text. Import it as an .xls file.</source>
        <translation>%1 是旧版 Excel .xls 工作簿（或其他 Office 文档），不是 CSV 文本。请按 .xls 文件导入。</translation>
    </message>
    <message>
        <source>%1, line %2: the row starting here is longer than %3 MB without a line end. Check that the file is CSV text and that its line ends are intact.</source>
        <translation>%1，第 %2 行：从此处开始的行超过 %3 MB 仍没有换行。请检查该文件是否为 CSV 文本，以及换行符是否完整。</translation>
    </message>
</context>
<context>
    <name>cx::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>TOP10 hotspots</source>
        <translation>TOP10 热点</translation>
    </message>
    <message>
        <source>By volume</source>
        <translation>按投诉量</translation>
    </message>
    <message>
        <source>By increase (增量)</source>
        <translation>按增量</translation>
    </message>
    <message>
        <source>By 万投比</source>
        <translation>按万投比</translation>
    </message>
    <message>
        <source>month shown: %1</source>
        <translation>显示月份：%1</translation>
    </message>
    <message>
        <source>month shown: %1 (against %2)</source>
        <translation>显示月份：%1（对比 %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1：%2
%3：%4</translation>
    </message>
    <message numerus="yes">
        <source>Significant alerts (显著预警): %n</source>
        <translation>
            <numerusform>显著预警：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the journey map on %1, %2</source>
        <translation>打开旅程地图：%1，%2</translation>
    </message>
    <message>
        <source>all products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>No alerts: a change needs the month before to compare with.</source>
        <translation>没有预警：比较变化需要上一个月的数据。</translation>
    </message>
    <message>
        <source>No significant drop in the period.</source>
        <translation>该时段内没有显著下降。</translation>
    </message>
    <message>
        <source>Traffic lights (红绿灯) by product: ● on target · ▲ near · ■ missed; a change in colour is significant, a grey one is not</source>
        <translation>各产品红绿灯：● 达标 · ▲ 接近目标 · ■ 未达标；彩色的变化为显著，灰色的不显著</translation>
    </message>
    <message>
        <source>Significant change (%1)</source>
        <translation>变化显著（%1）</translation>
    </message>
    <message>
        <source>Not a significant change (%1)</source>
        <translation>变化不显著（%1）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <message>
        <source>What the selected import had to guess, repair or decide is listed here.</source>
        <translation>此处列出所选导入中需要推测、修复或判定的内容。</translation>
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
    <name>cx::DepartmentHandling</name>
    <message>
        <source>Handling of its complaints, %1 · %2</source>
        <translation>其投诉处理情况，%1 · %2</translation>
    </message>
    <message>
        <source>%1: the city is outside the filter&apos;s region.</source>
        <translation>%1：该地市不在筛选的区域内。</translation>
    </message>
    <message>
        <source>No complaints handled by %1 (no data).</source>
        <translation>没有由 %1 处理的投诉（无数据）。</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>投诉量：%1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation>%1：%2（n = %3）</translation>
    </message>
</context>
<context>
    <name>cx::DeskFormat</name>
    <message>
        <source>%1 pt</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>No survey data</source>
        <comment>无调研数据</comment>
        <translation>无问卷数据</translation>
    </message>
    <message>
        <source>No complaints</source>
        <comment>无投诉数据</comment>
        <translation>无投诉数据</translation>
    </message>
    <message>
        <source>No subscriber figures</source>
        <comment>无用户数</comment>
        <translation>无用户数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>no data in the period</source>
        <translation>该时段无数据</translation>
    </message>
    <message>
        <source>Change significant (%1, %2)</source>
        <translation>变化显著（%1，%2）</translation>
    </message>
    <message>
        <source>Change not significant (%1, %2)</source>
        <translation>变化不显著（%1，%2）</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation>Welch t 检验</translation>
    </message>
    <message>
        <source>Welch t-test of the promoter/detractor score</source>
        <translation>推荐者/贬损者得分的 Welch t 检验</translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation>两比例 z 检验</translation>
    </message>
    <message>
        <source>conditional binomial test of the complaint counts per subscriber</source>
        <translation>按用户数计的投诉量条件二项检验</translation>
    </message>
</context>
<context>
    <name>cx::DetailPanel</name>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No data to chart for this selection.</source>
        <translation>该选择下没有可绘图的数据。</translation>
    </message>
</context>
<context>
    <name>cx::DriversModel</name>
    <message>
        <source>KEI 感知指标</source>
        <translation>KEI 感知指标</translation>
    </message>
    <message>
        <source>KOI 运营指标</source>
        <translation>KOI 运营指标</translation>
    </message>
    <message>
        <source>感知要素 element</source>
        <translation>感知要素</translation>
    </message>
    <message>
        <source>Not significant: Spearman&apos;s p ≥ %1</source>
        <translation>不显著：Spearman p ≥ %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>City-months with both an actual and survey scores</source>
        <translation>同时具备实际值和问卷评分的地市月份数</translation>
    </message>
    <message>
        <source>Pearson&apos;s r: the linear correlation of the actual with the mean overall satisfaction</source>
        <translation>Pearson r：实际值与整体满意度均值的线性相关</translation>
    </message>
    <message>
        <source>Spearman&apos;s ρ: the correlation of their ranks (robust to outliers); the ranking&apos;s key</source>
        <translation>Spearman ρ：二者秩次的相关（不受异常值影响）；排名依据</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>指标层级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <source>p (r)</source>
        <translation>p (r)</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>p (ρ)</source>
        <translation>p (ρ)</translation>
    </message>
</context>
<context>
    <name>cx::DriversView</name>
    <message>
        <source>No indicator actuals paired with survey scores in the filter: drivers need indicator actuals per city and month and satisfaction surveys of the same months.</source>
        <translation>筛选范围内没有可与问卷评分配对的指标实际值：驱动因素分析需要按地市和月份的指标实际值，以及相同月份的满意度问卷。</translation>
    </message>
    <message>
        <source>Computing the drivers…</source>
        <translation>正在计算驱动因素…</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <source>Which indicators move satisfaction (KCI → KQI → KPI): each indicator&apos;s monthly actuals against the mean overall satisfaction of the same city and month, ranked by |Spearman ρ| (bar). Grey: ρ not significant (p ≥ %1, two-sided). Click an indicator for its scatter.</source>
        <translation>哪些指标影响满意度（KCI → KQI → KPI）：将各指标的月度实际值与同一地市、同一月份的整体满意度均值对比，按 |Spearman ρ| 排名（条形）。灰色：ρ 不显著（p ≥ %1，双侧）。点击指标查看其散点图。</translation>
    </message>
    <message>
        <source>No indicator actuals in the filter: import the indicator values (actuals per month and city) to see the drivers.</source>
        <translation>筛选范围内没有指标实际值：请导入指标数据（按月份和地市的实际值）以查看驱动因素。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>%1 has no city-months with both an actual and survey scores.</source>
        <translation>%1 没有同时具备实际值和问卷评分的地市月份。</translation>
    </message>
    <message>
        <source>No indicator to show: drivers need indicator actuals and survey scores of the same months.</source>
        <translation>没有可显示的指标：驱动因素分析需要相同月份的指标实际值和问卷评分。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 %2: r² = %3, ρ = %4 (%5), n = %6</source>
        <translation>%1 %2：r² = %3，ρ = %4（%5），n = %6</translation>
    </message>
    <message>
        <source>Actual of %1 (each city-month)</source>
        <translation>%1 的实际值（每个地市月份）</translation>
    </message>
    <message>
        <source>Mean overall satisfaction</source>
        <translation>整体满意度均值</translation>
    </message>
    <message>
        <source>province</source>
        <translation>全省</translation>
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
    <name>cx::FileFormat</name>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>an SQLite database (a CX Workbench workspace is one; open it with File › Open)</source>
        <translation>SQLite 数据库（客户体验分析工作区就是这种文件；请通过“文件 › 打开”打开）</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <source>an Excel 2003 XML spreadsheet</source>
        <translation>Excel 2003 XML 电子表格</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>二进制数据，不是文本</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods); save it as .xlsx in LibreOffice</source>
        <translation>OpenDocument 电子表格（.ods）；请在 LibreOffice 中另存为 .xlsx</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>OpenDocument 文件</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>a ZIP archive without a workbook in it; unpack it and import the file inside</source>
        <translation>不含工作簿的 ZIP 压缩包；请解压后导入其中的文件</translation>
    </message>
    <message>
        <source>%1 is %2, not a table export. Export the data from the source system as CSV or Excel (.xlsx, .xls) and import that file.</source>
        <translation>%1 是 %2，不是表格导出文件。请从源系统将数据导出为 CSV 或 Excel（.xlsx、.xls），然后导入该文件。</translation>
    </message>
</context>
<context>
    <name>cx::FileInspector</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook, sheet “%1”</source>
        <translation>Excel 97-2003 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>HTML table “%1” in %2</source>
        <translation>%2 中的 HTML 表格“%1”</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>CSV text in %1</source>
        <translation>%1 编码的 CSV 文本</translation>
    </message>
    <message>
        <source>%1: the sheet “%2” is empty.</source>
        <translation>%1：工作表“%2”为空。</translation>
    </message>
    <message>
        <source>%1 need the columns %2. </source>
        <translation>%1需要列 %2。</translation>
    </message>
    <message>
        <source>%1 (%2) has no header row: line %3 reads like data, not like column names (%4). %5Add the export&apos;s header row above the data, or choose the kind of file and map the columns in the import wizard.</source>
        <translation>%1（%2）没有表头行：第 %3 行看起来是数据，而不是列名（%4）。%5请在数据上方加上导出文件的表头行，或在导入向导中选择文件类型并映射各列。</translation>
    </message>
    <message>
        <source>%1 (%2): no header row was recognised in its first %3 rows; no row names two or more columns of a known export. Line %4 reads: %5. Choose the kind of file and map the columns in the import wizard.</source>
        <translation>%1（%2）：在前 %3 行中未识别到表头行；没有任何一行包含已知导出文件的两个或更多列名。第 %4 行内容为：%5。请在导入向导中选择文件类型并映射各列。</translation>
    </message>
    <message>
        <source>%1 (%2) does not look like %3: no row in its first %4 rows has the required columns %5. Line %6 reads: %7. Map the columns in the import wizard or choose another kind.</source>
        <translation>%1（%2）看起来不是%3：前 %4 行中没有任何一行包含必需的列 %5。第 %6 行内容为：%7。请在导入向导中映射各列，或选择其他类型。</translation>
    </message>
    <message>
        <source>%1 (%2), header on line %3: required column(s) missing for %4: %5. The header&apos;s columns are: %6. Map the columns in the import wizard or choose another kind.</source>
        <translation>%1（%2），表头在第 %3 行：缺少%4所需的列：%5。表头中的列为：%6。请在导入向导中映射各列，或选择其他类型。</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表。其中的工作表有：%3。</translation>
    </message>
    <message>
        <source>another sheet was chosen</source>
        <translation>已选择其他工作表</translation>
    </message>
    <message>
        <source>hidden in the workbook (choose it to import it)</source>
        <translation>在工作簿中已隐藏（选择它即可导入）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>holds %1, not %2</source>
        <translation>包含的是%1，而不是%2</translation>
    </message>
    <message>
        <source>its header (line %1) lacks required column(s) for %2: %3</source>
        <translation>其表头（第 %1 行）缺少%2所需的列：%3</translation>
    </message>
    <message>
        <source>no header row of %1 in its first %2 rows</source>
        <translation>前 %2 行中没有%1的表头行</translation>
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
    <message>
        <source>Channel:</source>
        <translation>受理渠道：</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
</context>
<context>
    <name>cx::FunnelFormat</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 → %2 −%3 pp</source>
        <translation>%1 → %2 −%3 个百分点</translation>
    </message>
    <message>
        <source>make the awareness effective: those who heard of it do not learn what it is</source>
        <translation>让知晓转化为认知：听说过的客户并不了解它是什么</translation>
    </message>
    <message>
        <source>turn understanding into first use: those who know it do not take it up</source>
        <translation>把认知转化为首次使用：了解它的客户并未开始使用</translation>
    </message>
    <message>
        <source>use and reuse: users do not stay with it</source>
        <translation>使用与复用：用户没有持续使用</translation>
    </message>
    <message>
        <source>effective awareness first</source>
        <translation>优先做有效的知晓</translation>
    </message>
    <message>
        <source>convert awareness into use while it grows</source>
        <translation>趁增长期把知晓转化为使用</translation>
    </message>
    <message>
        <source>use and reuse first</source>
        <translation>优先抓使用与复用</translation>
    </message>
    <message>
        <source>keep its users (reuse)</source>
        <translation>留住现有用户（复用）</translation>
    </message>
    <message>
        <source>%1; in its %2 phase: %3</source>
        <translation>%1；当前处于%2：%3</translation>
    </message>
</context>
<context>
    <name>cx::FunnelModel</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>−%1 pp</source>
        <translation>−%1 个百分点</translation>
    </message>
    <message>
        <source>Months with funnel rates in the period: the n of the average (the rates are imported percentages, without a sample size)</source>
        <translation>时段内有漏斗数据的月份数：即平均值的 n（漏斗转化率是导入的百分比，不含样本量）</translation>
    </message>
    <message>
        <source>The experience gap: the largest drop between consecutive rates, in percentage points</source>
        <translation>体验鸿沟：相邻两级转化率之间的最大落差，单位为百分点</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>体验鸿沟 gap</source>
        <translation>体验鸿沟</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>落差</translation>
    </message>
    <message>
        <source>Months (n)</source>
        <translation>月份数 (n)</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>改进重点</translation>
    </message>
    <message>
        <source>What the product&apos;s lifecycle phase puts first; a cell&apos;s tooltip says what the gap means</source>
        <translation>产品所处生命周期阶段应优先做的事；单元格的提示说明该鸿沟的含义</translation>
    </message>
</context>
<context>
    <name>cx::FunnelView</name>
    <message>
        <source>gap unknown: a rate is missing</source>
        <translation>体验鸿沟未知：缺少某一级转化率</translation>
    </message>
    <message>
        <source>No funnel rates in the period: import the monthly funnel rates (知晓率, 认知率, 认同率, 认可率) of the products.</source>
        <translation>该时段内没有漏斗数据：请导入各产品的月度漏斗转化率（知晓率、认知率、认同率、认可率）。</translation>
    </message>
    <message>
        <source>Computing the funnels…</source>
        <translation>正在计算体验漏斗…</translation>
    </message>
    <message>
        <source>Experience funnel</source>
        <translation>体验漏斗</translation>
    </message>
    <message>
        <source>体验生命周期: 知晓率 → 认知率 → 认同率 → 认可率, averaged over the period; the hatched drop is the experience gap (体验鸿沟), the largest drop between consecutive rates. Sorted by the gap; click a product for its months.</source>
        <translation>体验生命周期：知晓率 → 认知率 → 认同率 → 认可率，取时段内的平均值；斜线标出的落差即体验鸿沟，是相邻两级转化率之间的最大落差。按体验鸿沟排序；点击产品查看其各月数据。</translation>
    </message>
    <message>
        <source>‹ All products</source>
        <translation>‹ 全部产品</translation>
    </message>
    <message>
        <source>Back to all products (Esc)</source>
        <translation>返回全部产品（Esc）</translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation>创建改进工单…</translation>
    </message>
    <message>
        <source>A draft improvement work order for the experience gap of the selected product</source>
        <translation>针对所选产品的体验鸿沟创建改进工单草稿</translation>
    </message>
    <message>
        <source>No funnel rates in the period: import the monthly funnel rates of the products (知晓率, 认知率, 认同率, 认可率 per product and month).</source>
        <translation>该时段内没有漏斗数据：请导入各产品的月度漏斗转化率（按产品和月份的知晓率、认知率、认同率、认可率）。</translation>
    </message>
    <message>
        <source>funnel rates are province-wide</source>
        <translation>漏斗转化率为全省数据</translation>
    </message>
    <message>
        <source>No funnel rates in the period. Import the monthly funnel rates of the products (知晓率, 认知率, 认同率, 认可率) to see where each product loses its customers.</source>
        <translation>该时段内没有漏斗数据。请导入各产品的月度漏斗转化率（知晓率、认知率、认同率、认可率），以查看各产品在哪一环流失客户。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Experience funnel of each product, sorted by the experience gap</source>
        <translation>各产品的体验漏斗，按体验鸿沟排序</translation>
    </message>
    <message>
        <source>体验鸿沟 experience gap</source>
        <translation>体验鸿沟</translation>
    </message>
    <message>
        <source>no funnel data in the period</source>
        <translation>该时段无漏斗数据</translation>
    </message>
    <message>
        <source>%1: funnel of each month</source>
        <translation>%1：各月体验漏斗</translation>
    </message>
    <message>
        <source>period average</source>
        <translation>时段平均</translation>
    </message>
    <message>
        <source>no funnel data for %1</source>
        <translation>%1 无漏斗数据</translation>
    </message>
    <message>
        <source>%1: rates and the gap&apos;s drop over the months</source>
        <translation>%1：各月转化率与体验鸿沟落差</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <source>Gap drop (pp)</source>
        <translation>鸿沟落差（百分点）</translation>
    </message>
    <message>
        <source>体验鸿沟 drop</source>
        <translation>体验鸿沟落差</translation>
    </message>
    <message>
        <source>体验鸿沟 %1</source>
        <translation>体验鸿沟 %1</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>No focus: the gap needs all four rates.</source>
        <translation>无改进重点：体验鸿沟需要全部四级转化率。</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>改进重点：%1</translation>
    </message>
    <message>
        <source>No funnel rates for %1 in the period.</source>
        <translation>该时段内 %1 没有漏斗数据。</translation>
    </message>
</context>
<context>
    <name>cx::GraphLayout</name>
    <message>
        <source>The graph layout (Graphviz) could not be started.</source>
        <translation>无法启动图形布局（Graphviz）。</translation>
    </message>
    <message>
        <source>The graph layout (Graphviz dot) failed.</source>
        <translation>图形布局（Graphviz dot）失败。</translation>
    </message>
</context>
<context>
    <name>cx::GraphView</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>cx::HotspotModel</name>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>增量</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>万投比</source>
        <translation>万投比</translation>
    </message>
    <message>
        <source>No complaints in this scope: hotspots need complaint work orders.</source>
        <translation>该范围内没有投诉工单：热点需要投诉工单数据。</translation>
    </message>
    <message>
        <source>No increase to rank: %1 has no month before it in the data.</source>
        <translation>无法按增量排名：数据中 %1 没有上一个月。</translation>
    </message>
    <message>
        <source>No category has more complaints in %1 than in %2.</source>
        <translation>没有分类在 %1 的投诉量多于 %2。</translation>
    </message>
    <message>
        <source>No 万投比: no subscriber figures are known for this scope.</source>
        <translation>无法计算万投比：该范围没有用户数数据。</translation>
    </message>
    <message>
        <source>No complaints in the period.</source>
        <translation>该时段内没有投诉工单。</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>%1 in the last month, %2 in the month before</source>
        <translation>最近一个月 %1，上一个月 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n complaints)</source>
        <translation>
            <numerusform>%1（%n 条投诉）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated: subscribers below city level are shared out by survey responses.</source>
        <translation>估算值：地市以下的用户数按问卷答卷比例分摊。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message numerus="yes">
        <source>Trend (%n months)</source>
        <translation>
            <numerusform>趋势（%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint of the period matched a pain-point tag rule (Tools → Word lists…).</source>
        <translation>该时段内没有投诉匹配任何痛点标签规则（工具 → 词表…）。</translation>
    </message>
    <message>
        <source>No pain-point tag has more complaints in %1 than in %2.</source>
        <translation>没有痛点标签在 %1 的投诉量多于 %2。</translation>
    </message>
    <message>
        <source>A complaint may carry several pain-point tags: tag counts overlap and do not add up to the complaints.</source>
        <translation>一条投诉可能带有多个痛点标签：各标签的计数会重叠，相加不等于投诉量。</translation>
    </message>
    <message>
        <source>Complaints of the period without any tag: %1.</source>
        <translation>该时段内没有任何标签的投诉：%1。</translation>
    </message>
    <message>
        <source>Pain-point tag</source>
        <translation>痛点标签</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>投诉分类</translation>
    </message>
</context>
<context>
    <name>cx::HotspotsView</name>
    <message>
        <source>Hotspots</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>TOP</source>
        <translation>TOP</translation>
    </message>
    <message>
        <source>By volume</source>
        <translation>按投诉量</translation>
    </message>
    <message>
        <source>By increase (增量)</source>
        <translation>按增量</translation>
    </message>
    <message>
        <source>By 万投比</source>
        <translation>按万投比</translation>
    </message>
    <message>
        <source>TOP%1 by %2, %3</source>
        <translation>按%2排名 TOP%1，%3</translation>
    </message>
    <message>
        <source>%1: complaints by month</source>
        <translation>%1：各月投诉量</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Pain-point tags</source>
        <translation>痛点标签</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>TOP%1 pain-point tags by %2, %3</source>
        <translation>按%2排名 TOP%1 痛点标签，%3</translation>
    </message>
    <message>
        <source>Pain-point tag %1: complaints by month</source>
        <translation>痛点标签 %1：各月投诉量</translation>
    </message>
</context>
<context>
    <name>cx::HtmlTableReader</name>
    <message>
        <source>%1: reading failed after %2 bytes (%3). Check the disk or network share and try again.</source>
        <translation>%1：读取 %2 字节后失败（%3）。请检查磁盘或网络共享后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an HTML table (the parser ran out of memory or gave up). Open it in Excel or a browser, save it as .xlsx and import that file.</source>
        <translation>无法将 %1 作为 HTML 表格读取（解析器内存不足或已放弃）。请在 Excel 或浏览器中打开，另存为 .xlsx，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not known. Choose another encoding, for example GB18030 or UTF-8.</source>
        <translation>%1：未知的编码“%2”。请选择其他编码，例如 GB18030 或 UTF-8。</translation>
    </message>
    <message>
        <source>%1 declares its text as %2; it was read as %3, the encoding chosen for it.</source>
        <translation>%1 声明其文本编码为 %2；已按为其选择的编码 %3 读取。</translation>
    </message>
    <message>
        <source>declared by the page (%1)</source>
        <translation>由页面声明（%1）</translation>
    </message>
    <message>
        <source>%1 declares its text as %2, but its bytes are not %2; it was read as %3 (%4). If text looks garbled, choose the file&apos;s encoding in the import dialog.</source>
        <translation>%1 声明其文本编码为 %2，但其字节不是有效的 %2；已按 %3 读取（%4）。如果文字显示为乱码，请在导入对话框中选择该文件的编码。</translation>
    </message>
    <message>
        <source>%1 is an HTML page without a table, so there is nothing to import. Export the data from the source system as CSV or Excel and import that file.</source>
        <translation>%1 是不含表格的 HTML 页面，没有可导入的内容。请从源系统将数据导出为 CSV 或 Excel，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read from its start. Save it to a file and import that file.</source>
        <translation>无法从头读取 %1。请先将其保存为文件，然后导入该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n table(s); there is no table %2.</source>
        <translation>
            <numerusform>%1 共有 %n 个表格；不存在第 %2 个表格。</numerusform>
        </translation>
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
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
            <numerusform>，%n 道问卷题目</numerusform>
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
    <message>
        <source>All sheets of this kind: %1</source>
        <translation>该类型的全部工作表：%1</translation>
    </message>
    <message>
        <source>All sheets of this kind</source>
        <translation>该类型的全部工作表</translation>
    </message>
    <message>
        <source>Sheets imported: %1 (the preview shows %2).</source>
        <translation>已导入的工作表：%1（预览显示 %2）。</translation>
    </message>
    <message>
        <source>Sheet %1 is not imported: %2.</source>
        <translation>工作表 %1 未导入：%2。</translation>
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
    <name>cx::ImportLock</name>
    <message>
        <source> (%1, process %2 on %3)</source>
        <translation>（%1，%3 上的进程 %2）</translation>
    </message>
    <message>
        <source>Cancelled while waiting for another import into %1 to finish.</source>
        <translation>等待向 %1 的另一项导入完成时已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Another import into %1 is running%2; waited %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>另一项向 %1 的导入正在进行%2；已等待 %n 秒。请在其完成后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ImportNote</name>
    <message>
        <source>%1 (first lines: %2 …)</source>
        <translation>%1（前几行：%2 …）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s): %2)</source>
        <translation>
            <numerusform>%1（%n 行：%2）</numerusform>
        </translation>
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
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rows inserted: %1; updated: %2; duplicates: %3; rejected: %4.</source>
        <translation>新增行数：%1；更新：%2；重复：%3；拒收：%4。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>No data rows</source>
        <translation>没有数据行</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>（%n 条提示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1 was not imported: %2</source>
        <translation>工作表 %1 未导入：%2</translation>
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
    <message>
        <source>Another import into this workspace is running; waiting for it to finish…</source>
        <translation>另一项向该工作区的导入正在进行；正在等待其完成…</translation>
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
    <message>
        <source>Cannot import %1: the rejected row of line %2 could not be kept (%3).</source>
        <translation>无法导入 %1：第 %2 行的拒收行无法保存（%3）。</translation>
    </message>
    <message>
        <source>The header “%1” names columns %2 and %3; column %2 was imported, column %3 was not.</source>
        <translation>表头“%1”同时出现在第 %2 列和第 %3 列；已导入第 %2 列，未导入第 %3 列。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are no records and were skipped: titles above the header, totals and remarks below it.</source>
        <translation>
            <numerusform>%n 行不是数据记录，已跳过：表头上方的标题行、下方的合计行和备注行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No data rows: nothing follows the header on line %1.</source>
        <translation>没有数据行：第 %1 行的表头之后没有内容。</translation>
    </message>
    <message numerus="yes">
        <source>No data rows: the %n row(s) below the header on line %1 are totals or remarks.</source>
        <translation>
            <numerusform>没有数据行：第 %1 行表头下方的 %n 行都是合计行或备注行。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file, with the same content, was already imported on %1; nothing new was added.</source>
        <translation>内容相同的该文件已于 %1 导入过；未新增任何数据。</translation>
    </message>
</context>
<context>
    <name>cx::JourneyChange</name>
    <message>
        <source>Cannot change the journey stages or the category map of %1: %2. Close other programs using the workspace and try again.</source>
        <translation>无法修改 %1 的旅程环节或分类映射：%2。请关闭正在使用该工作区的其他程序后重试。</translation>
    </message>
    <message>
        <source>A journey stage needs a name.</source>
        <translation>旅程环节需要名称。</translation>
    </message>
    <message>
        <source>%1 is where complaints of unmapped categories go; choose another name for a journey stage.</source>
        <translation>%1 用于归集未映射分类的投诉；请为旅程环节另取一个名称。</translation>
    </message>
    <message>
        <source>There is already a journey stage %1.</source>
        <translation>已存在旅程环节 %1。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>分类需要名称。</translation>
    </message>
    <message>
        <source>The category %1 is listed twice.</source>
        <translation>分类 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>The category %1 is mapped to %2, which is not a journey stage.</source>
        <translation>分类 %1 映射到了 %2，但它不是旅程环节。</translation>
    </message>
    <message>
        <source>The category %1 has the experience level %2; use %3 or none.</source>
        <translation>分类 %1 的体验层级为 %2；请使用 %3 或留空。</translation>
    </message>
    <message>
        <source>The category %1 is already in the map as %2.</source>
        <translation>分类 %1 已在映射中，映射为 %2。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The journey stage %1 cannot be removed: %2 and %3 refer to it. Rename it instead.</source>
        <translation>无法删除旅程环节 %1：有 %2和 %3引用了它。请改为重命名。</translation>
    </message>
    <message numerus="yes">
        <source>%n survey question(s)</source>
        <translation>
            <numerusform>%n 道问卷题目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 张改进工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyComparisonModel</name>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>万投比</source>
        <translation>万投比</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4, %5 %6</source>
        <translation>%1 · %2：%3 %4，%5 %6</translation>
    </message>
    <message>
        <source>%1 · change</source>
        <translation>%1 · 变化</translation>
    </message>
</context>
<context>
    <name>cx::JourneyModel</name>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>答卷数 (n)</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>万投比</source>
        <translation>万投比</translation>
    </message>
    <message>
        <source>Perception elements</source>
        <translation>感知要素</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Open 工单</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1: no survey answers for this stage in %2. Import a survey export with a question on the stage to see its satisfaction.</source>
        <translation>%1：%2 内该环节没有问卷答卷。请导入包含该环节题目的问卷导出文件，以查看其满意度。</translation>
    </message>
    <message>
        <source>%1: mean %2, 满意率 %3 (n = %4) over the period</source>
        <translation>%1：该时段平均 %2，满意率 %3（n = %4）</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3); %4: %5 (n = %6)</source>
        <translation>%1：%2（n = %3）；%4：%5（n = %6）</translation>
    </message>
    <message>
        <source>Change %1, %2 (Welch t-test)</source>
        <translation>变化 %1，%2（Welch t 检验）</translation>
    </message>
    <message>
        <source>%1 complaints in the period; %2 in %3, %4 in %5</source>
        <translation>该时段投诉 %1 条；%3 为 %2 条，%5 为 %4 条</translation>
    </message>
    <message>
        <source>Complaints per 10,000 subscribers; estimated below city level (subscribers shared out by survey responses).</source>
        <translation>每万用户投诉量；地市以下为估算值（用户数按问卷答卷比例分摊）。</translation>
    </message>
    <message>
        <source>Complaints per 10,000 subscribers over the period.</source>
        <translation>该时段每万用户投诉量。</translation>
    </message>
    <message>
        <source>Improvement work orders of the stage that are not closed.</source>
        <translation>该环节尚未关闭的改进工单。</translation>
    </message>
    <message>
        <source>%1: no complaints handled in the period</source>
        <translation>%1：该时段内没有已处理的投诉</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>主要投诉分类</translation>
    </message>
    <message>
        <source>Pain-point tags</source>
        <translation>痛点标签</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaints</source>
        <translation>
            <numerusform>%1：%n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint of the stage matched a pain-point tag rule.</source>
        <translation>该环节没有投诉匹配任何痛点标签规则。</translation>
    </message>
    <message>
        <source>A complaint may carry several tags: the counts overlap.</source>
        <translation>一条投诉可能带有多个标签：计数会重叠。</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>period total, then the displayed month&apos;s change</comment>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>cx::JourneySetupDialog</name>
    <message>
        <source>Journey Stages and Categories — %1</source>
        <translation>旅程环节与分类 — %1</translation>
    </message>
    <message>
        <source>Journey stages, in order</source>
        <translation>旅程环节（按顺序）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Category map</source>
        <translation>分类映射</translation>
    </message>
    <message>
        <source>Filter categories, stages, elements…</source>
        <translation>筛选分类、环节、要素…</translation>
    </message>
    <message>
        <source>Add &amp;Category…</source>
        <translation>添加分类(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove from Map</source>
        <translation>从映射中删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Double-click a stage to rename it; its categories, survey questions and complaints follow the new name.</source>
        <translation>双击环节可重命名；其分类、问卷题目和投诉工单会随新名称一起更新。</translation>
    </message>
    <message>
        <source>Double-click a stage, element or level to change it; the complaints of the category are filed again.</source>
        <translation>双击环节、要素或层级可修改；该分类的投诉工单会重新归类。</translation>
    </message>
    <message>
        <source>Reading the journey stages and categories…</source>
        <translation>正在读取旅程环节和分类…</translation>
    </message>
    <message>
        <source>Every complaint category is in the map.</source>
        <translation>所有投诉分类均已在映射中。</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n complaint(s) filed again (%1 moved to another stage) in %2 s.</source>
        <translation>
            <numerusform>已保存：%n 条投诉重新归类（其中 %1 条移至其他环节），用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Journey Stage</source>
        <translation>添加旅程环节</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>新环节名称：</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <source>Complaint category (any level) to map to %1:</source>
        <translation>要映射到 %1 的投诉分类（任意级别）：</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint categories are not in the map.</source>
        <translation>
            <numerusform>有 %n 个投诉分类不在映射中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) are filed under 未归类 for now. Give their categories a stage.</source>
        <translation>
            <numerusform>目前有 %n 条投诉归入“未归类”。请为这些分类指定环节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyStageModel</name>
    <message numerus="yes">
        <source>%n survey question(s) or work order(s) refer to this stage.</source>
        <translation>
            <numerusform>有 %n 道问卷题目或改进工单引用了该环节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>旅程环节</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
</context>
<context>
    <name>cx::JourneyView</name>
    <message>
        <source>Journey map</source>
        <translation>旅程地图</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>Two months</source>
        <translation>两个月份</translation>
    </message>
    <message>
        <source>Two regions</source>
        <translation>两个区域</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>%1: satisfaction and complaints by month</source>
        <translation>%1：各月满意度和投诉量</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <source>highlighted: changes beyond the alert thresholds or across a light</source>
        <translation>高亮：超出预警阈值或跨越红绿灯档位的变化</translation>
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
    <name>cx::KanoModel</name>
    <message>
        <source>do not build (不做)</source>
        <translation>不做</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>无答卷</translation>
    </message>
    <message>
        <source>by phase: filter one product</source>
        <translation>按阶段：请筛选单个产品</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>改进策略</translation>
    </message>
</context>
<context>
    <name>cx::KanoView</name>
    <message>
        <source>No Kano question pairs answered in the filter.</source>
        <translation>筛选范围内没有已作答的卡诺题目对。</translation>
    </message>
    <message>
        <source>Computing the Kano classes…</source>
        <translation>正在计算卡诺分类…</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>卡诺模型</translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation>创建改进工单…</translation>
    </message>
    <message>
        <source>A draft improvement work order for the selected feature</source>
        <translation>为所选功能创建改进工单草稿</translation>
    </message>
    <message>
        <source>Better / Worse of each feature</source>
        <translation>各功能的 Better / Worse</translation>
    </message>
    <message>
        <source>|Worse|: how much lacking it dissatisfies</source>
        <translation>|Worse|：缺少该功能时的不满程度</translation>
    </message>
    <message>
        <source>Better: how much having it satisfies</source>
        <translation>Better：具备该功能时的满意程度</translation>
    </message>
    <message>
        <source>魅力 A attractive</source>
        <translation>魅力 A</translation>
    </message>
    <message>
        <source>期望 O one-dimensional</source>
        <translation>期望 O</translation>
    </message>
    <message>
        <source>无差别 I indifferent</source>
        <translation>无差别 I</translation>
    </message>
    <message>
        <source>基础 M must-be</source>
        <translation>基础 M</translation>
    </message>
    <message>
        <source>No Kano question pairs in the surveys of the filter. Import a survey export with paired functional and dysfunctional questions (如果有… / 如果没有…) to classify features.</source>
        <translation>筛选范围内的问卷中没有卡诺题目对。请导入包含成对正向和反向题目（如果有… / 如果没有…）的问卷导出文件，以对功能进行分类。</translation>
    </message>
    <message>
        <source>No Kano questions in the surveys of the filter: import a survey with Kano question pairs.</source>
        <translation>筛选范围内的问卷中没有卡诺题目：请导入包含卡诺题目对的问卷。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Strategy for %1 in its phase: M first, always; R never built.</source>
        <translation>%1 在当前阶段的策略：始终优先 M；R 永远不做。</translation>
    </message>
    <message>
        <source>Sorted by priority: M first, then O, A, I; R is not to be built. Choose one product in the filter for the strategy of its lifecycle phase.</source>
        <translation>按优先级排序：先 M，再 O、A、I；R 不做。在筛选栏中选择单个产品，可查看其生命周期阶段对应的策略。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>cx::KeyedRowWriter</name>
    <message>
        <source>the value is empty</source>
        <translation>值为空</translation>
    </message>
</context>
<context>
    <name>cx::LifecycleModel</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Users curve</source>
        <translation>用户数曲线</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Phase now</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Consultation cycle</source>
        <translation>咨询周期曲线</translation>
    </message>
    <message>
        <source>Wave width</source>
        <translation>波宽</translation>
    </message>
    <message>
        <source>Wave height</source>
        <translation>波高</translation>
    </message>
    <message>
        <source>Consultations ÷ users</source>
        <translation>咨询量 ÷ 用户数</translation>
    </message>
</context>
<context>
    <name>cx::LifecycleView</name>
    <message>
        <source>No product figures in the filter: import the monthly product figures (users, consultations).</source>
        <translation>筛选范围内没有产品数据：请导入产品月度数据（用户数、咨询量）。</translation>
    </message>
    <message>
        <source>Computing the curves…</source>
        <translation>正在计算曲线…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>‹ All products</source>
        <translation>‹ 全部产品</translation>
    </message>
    <message>
        <source>Back to the small multiples (Esc)</source>
        <translation>返回小图总览（Esc）</translation>
    </message>
    <message>
        <source>No product figures imported: import the monthly product figures (users, consultations) to see the lifecycle and consultation curves.</source>
        <translation>尚未导入产品数据：请导入产品月度数据（用户数、咨询量），以查看生命周期曲线和咨询周期曲线。</translation>
    </message>
    <message>
        <source>%1
Open the full chart of %2</source>
        <translation>%1
打开 %2 的完整图表</translation>
    </message>
    <message>
        <source>No users figures.</source>
        <translation>没有用户数数据。</translation>
    </message>
    <message>
        <source>consultation %1</source>
        <translation>咨询 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>phase of %1: %2</source>
        <translation>%1 所处阶段：%2</translation>
    </message>
    <message>
        <source>slow rise, fast fall: the favourable trend</source>
        <translation>缓升快降：有利的趋势</translation>
    </message>
    <message>
        <source>not the favourable slow rise and fast fall</source>
        <translation>不是有利的缓升快降</translation>
    </message>
    <message>
        <source>No users figures for %1.</source>
        <translation>%1 没有用户数数据。</translation>
    </message>
    <message>
        <source>Consultations ÷ users needs consultations and users in at least 3 months.</source>
        <translation>咨询量 ÷ 用户数需要至少 3 个月同时具备咨询量和用户数。</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询量</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>consultation wave ≥ half height (%1 months)</source>
        <translation>咨询波峰 ≥ 半高（%1 个月）</translation>
    </message>
    <message>
        <source>consultation peak, %1× the baseline</source>
        <translation>咨询峰值，为基线的 %1 倍</translation>
    </message>
    <message>
        <source>Consultations ÷ users: %1 (%2 a month, p = %3); smaller and falling is better</source>
        <translation>咨询量 ÷ 用户数：%1（每月 %2，p = %3）；越小且越下降越好</translation>
    </message>
    <message>
        <source>Consultations ÷ users</source>
        <translation>咨询量 ÷ 用户数</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;━ users&lt;/span&gt; / &lt;span style=&apos;color:%2&apos;&gt;━ consultations&lt;/span&gt;: each tile from 0 to the peaks after its name · shaded: phase (%3, %4, %5, %6) · top strip: zones A/B/C · sorted by type, then users; click a product for its full chart</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;━ 用户数&lt;/span&gt; / &lt;span style=&apos;color:%2&apos;&gt;━ 咨询量&lt;/span&gt;：每个小图从 0 画到名称后标出的峰值 · 底色：阶段（%3、%4、%5、%6）· 顶部色带：A/B/C 区 · 按类型、再按用户数排序；点击产品查看完整图表</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: users and consultations</source>
        <translation>%1：用户数与咨询量</translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation>用户数（%1）</translation>
    </message>
    <message>
        <source>Consultations (%1)</source>
        <translation>咨询量（%1）</translation>
    </message>
    <message>
        <source>Per user</source>
        <translation>人均咨询量</translation>
    </message>
</context>
<context>
    <name>cx::MainWindow</name>
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
    <message>
        <source>Save a Copy for &amp;Sharing…</source>
        <translation>另存分享副本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Journey Stages and Categories…</source>
        <translation>旅程环节与分类(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Find Complaints</source>
        <translation>查找投诉(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Workbench %1&lt;/h3&gt;&lt;p&gt;Customer-experience analysis for quality departments: journey map, responsibility map, lifecycle curves and improvement work orders, on a local workspace that works offline.&lt;/p&gt;&lt;p&gt;Complaint texts are segmented with the dictionary of jieba, © 2012–2017 Sun Junyi, under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户体验分析工作台 %1&lt;/h3&gt;&lt;p&gt;面向品质管理部门的客户体验分析工具：旅程地图、责任地图、生命周期曲线和改进工单，数据保存在本地工作区，离线可用。&lt;/p&gt;&lt;p&gt;投诉内容分词使用 jieba 词典，© 2012–2017 Sun Junyi，遵循 MIT 许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Word Lists…</source>
        <translation>词表(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>下一个视图(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious View</source>
        <translation>上一个视图(&amp;R)</translation>
    </message>
    <message>
        <source>Another program changed %1 (imports or work orders): the views show the new data.</source>
        <translation>另一个程序修改了 %1（导入或改进工单），各视图已显示新数据。</translation>
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
        <translation>投诉量</translation>
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
    <name>cx::Palette</name>
    <message>
        <source>G</source>
        <comment>traffic light letter: green (绿)</comment>
        <translation>绿</translation>
    </message>
    <message>
        <source>A</source>
        <comment>traffic light letter: amber (黄)</comment>
        <translation>黄</translation>
    </message>
    <message>
        <source>R</source>
        <comment>traffic light letter: red (红)</comment>
        <translation>红</translation>
    </message>
    <message>
        <source>green: on target</source>
        <translation>绿：达标</translation>
    </message>
    <message>
        <source>amber: near target</source>
        <translation>黄：接近目标</translation>
    </message>
    <message>
        <source>red: target missed</source>
        <translation>红：未达标</translation>
    </message>
    <message>
        <source>no light: nothing to judge</source>
        <translation>无灯：无可评判的内容</translation>
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
    <message>
        <source>&amp;Analyst name:</source>
        <translation>分析员姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>Work-order history records your edits under this name (empty: your system user name).</source>
        <translation>改进工单历史记录以此姓名记录您的编辑（留空则使用系统用户名）。</translation>
    </message>
</context>
<context>
    <name>cx::ProductFormat</name>
    <message>
        <source>A mature (成熟)</source>
        <translation>A 成熟</translation>
    </message>
    <message>
        <source>B growth (成长)</source>
        <translation>B 成长</translation>
    </message>
    <message>
        <source>C decline (衰退)</source>
        <translation>C 衰退</translation>
    </message>
    <message>
        <source>D renewal (新生)</source>
        <translation>D 新生</translation>
    </message>
    <message>
        <source>introduction (导入)</source>
        <translation>导入期</translation>
    </message>
    <message>
        <source>growth (成长)</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>maturity (成熟)</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <source>decline (衰退)</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <source>A gradual</source>
        <translation>A 平缓</translation>
    </message>
    <message>
        <source>B sharp</source>
        <translation>B 陡峭</translation>
    </message>
    <message>
        <source>C stays high</source>
        <translation>C 持续高位</translation>
    </message>
    <message>
        <source>zone A: attention grows</source>
        <translation>A 区：关注度上升</translation>
    </message>
    <message>
        <source>zone B: users still come</source>
        <translation>B 区：用户仍在增长</translation>
    </message>
    <message>
        <source>zone C: effect spent</source>
        <translation>C 区：效果已尽</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>level</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message numerus="yes">
        <source>no curve type: %n month(s) of users, 6 needed</source>
        <translation>
            <numerusform>无曲线类型：用户数只有 %n 个月，需要 6 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1（置信度 %2）</translation>
    </message>
    <message>
        <source>no consultation type: consultations missing or constant</source>
        <translation>无咨询曲线类型：缺少咨询量或咨询量恒定</translation>
    </message>
    <message>
        <source>consultation %1 (wave %2 months, height %3×)</source>
        <translation>咨询 %1（波宽 %2 个月，波高 %3 倍）</translation>
    </message>
</context>
<context>
    <name>cx::ProductStatusModel</name>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>%1 complaints in %2</source>
        <translation>%2 投诉量 %1</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)</source>
        <translation>%1：%2（n = %3）</translation>
    </message>
    <message>
        <source>%1: %2 (%3 complaints)</source>
        <translation>%1：%2（%3 条投诉）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No indicator values</source>
        <translation>无指标数据</translation>
    </message>
    <message>
        <source>No indicator actuals for %1: import the indicator values to see attainment.</source>
        <translation>%1 没有指标实际值：请导入指标数据以查看达标情况。</translation>
    </message>
    <message>
        <source>%1 of %2 indicator actuals met their target in %3.</source>
        <translation>%3 共 %2 项指标实际值，其中 %1 项达到目标值。</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>未达标：%1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>万投比</source>
        <translation>万投比</translation>
    </message>
    <message>
        <source>Indicators met</source>
        <translation>指标达标</translation>
    </message>
    <message>
        <source>The change is not tested: a month has too few answers.</source>
        <translation>未检验变化：某个月的答卷太少。</translation>
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
    <name>cx::ResponsibilityChainModel</name>
    <message>
        <source>Satisfaction of %1: %2 → %3 (%4 → %5, p = %6)</source>
        <translation>%1 的满意度：%2 → %3（%4 → %5，p = %6）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>地市</translation>
    </message>
    <message>
        <source>Root-cause chain</source>
        <translation>根因链</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>未达标程度</translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityFormat</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 %2 %3 (target %4)</source>
        <translation>%1 %2 %3（目标值 %4）</translation>
    </message>
    <message>
        <source>province-wide</source>
        <translation>全省</translation>
    </message>
    <message>
        <source>%1 %2 (target %3)</source>
        <translation>%1 %2（目标值 %3）</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无责任部门</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityMatrixModel</name>
    <message numerus="yes">
        <source>%1 · ■ %n missed</source>
        <translation>
            <numerusform>%1 · ■ %n 项未达标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %3 complaints, %n missed indicator actuals</source>
        <translation>
            <numerusform>%1 × %2：投诉 %3 条，%n 项指标实际值未达标</numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无责任部门</translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityStyle</name>
    <message>
        <source>On root-cause chain %1.</source>
        <translation>位于根因链 %1 上。</translation>
    </message>
    <message numerus="yes">
        <source>%n KEI(s) missed</source>
        <translation>
            <numerusform>%n 项 KEI 未达标</numerusform>
        </translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>责任部门 %1</translation>
    </message>
    <message>
        <source>Perception element %1 %2, owned by %3.</source>
        <translation>感知要素 %1 %2，责任部门 %3。</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1（目标值 %2）</translation>
    </message>
    <message>
        <source>no actual this month</source>
        <translation>本月无实际值</translation>
    </message>
    <message>
        <source>Met.</source>
        <translation>达标。</translation>
    </message>
    <message>
        <source>Missed by %1.</source>
        <translation>未达标，差 %1。</translation>
    </message>
    <message>
        <source>%1 %2 has no actual for %3 in %4.</source>
        <translation>%1 %2 在 %4 没有 %3 的实际值。</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>责任部门：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) missed</source>
        <translation>
            <numerusform>%n 项指标未达标</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing missed</source>
        <translation>全部达标</translation>
    </message>
    <message>
        <source>Department %1: click for what it owns and missed.</source>
        <translation>部门 %1：点击查看其负责和未达标的指标。</translation>
    </message>
    <message>
        <source>%1 met · %2 missed by up to %3 · %4 missed by more · %5 no actual · bold: root-cause chain</source>
        <translation>%1 达标 · %2 未达标（差距不超过 %3）· %4 未达标（差距更大）· %5 无实际值 · 粗体：根因链</translation>
    </message>
    <message>
        <source>Perception elements (QoE)</source>
        <translation>感知要素（QoE）</translation>
    </message>
    <message>
        <source>Customer indicators (KEI)</source>
        <translation>客户感知指标（KEI）</translation>
    </message>
    <message>
        <source>Operational indicators (KOI)</source>
        <translation>运营指标（KOI）</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>责任部门</translation>
    </message>
</context>
<context>
    <name>cx::ResponsibilityView</name>
    <message>
        <source>No root-cause chain: no KEI or KOI missed its target in the period.</source>
        <translation>没有根因链：该时段内没有 KEI 或 KOI 未达到目标值。</translation>
    </message>
    <message>
        <source>Computing the chains…</source>
        <translation>正在计算责任链…</translation>
    </message>
    <message>
        <source>No complaints and no indicator misses in the filter.</source>
        <translation>筛选范围内没有投诉，也没有未达标的指标。</translation>
    </message>
    <message>
        <source>Save the responsibility map</source>
        <translation>保存责任地图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Responsibility map</source>
        <translation>责任地图</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>地市</translation>
    </message>
    <message>
        <source>Find a node by code or name</source>
        <translation>按编码或名称查找节点</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0); zoom with the wheel, pan by dragging</source>
        <translation>显示整张地图（Ctrl+0）；滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <source>Save map…</source>
        <translation>保存地图…</translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation>创建改进工单…</translation>
    </message>
    <message>
        <source>A draft improvement work order from the selected root-cause chain</source>
        <translation>根据所选根因链创建改进工单草稿</translation>
    </message>
    <message>
        <source>Root-cause chains, ranked (click one to show its month and city)</source>
        <translation>根因链排名（点击查看其月份和地市）</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Stage × department</source>
        <translation>环节 × 部门</translation>
    </message>
    <message>
        <source>No indicator tree imported: import the indicator system (perception elements, KEIs, KOIs with owner, target and direction) to draw the map.</source>
        <translation>尚未导入指标体系：请导入指标体系（感知要素、KEI、KOI 及其责任部门、目标值和方向）以绘制责任地图。</translation>
    </message>
    <message>
        <source>No indicator actuals imported: import the monthly actuals per city to colour the map by attainment.</source>
        <translation>尚未导入指标实际值：请导入各地市的月度实际值，以按达标情况为地图着色。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Missed indicators</source>
        <translation>未达标指标</translation>
    </message>
    <message>
        <source>Indicators %1 missed per month, %2</source>
        <translation>%1 每月未达标的指标，%2</translation>
    </message>
    <message>
        <source>Owns:</source>
        <translation>负责：</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · owner %4</source>
        <translation>%1 %2 · %3 · 责任部门 %4</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1: no actuals in %2</source>
        <translation>%1：%2 无实际值</translation>
    </message>
    <message>
        <source>%1 against its target, %2 (%3)</source>
        <translation>%1 与目标值比较，%2（%3）</translation>
    </message>
    <message>
        <source>No actuals for this node in %1.</source>
        <translation>该节点在 %1 没有实际值。</translation>
    </message>
    <message>
        <source>On no root-cause chain this month.</source>
        <translation>本月不在任何根因链上。</translation>
    </message>
    <message>
        <source>Root-cause chains:</source>
        <translation>根因链：</translation>
    </message>
    <message>
        <source>Complaints of %1 (all departments)</source>
        <translation>%1 的投诉（全部部门）</translation>
    </message>
    <message>
        <source>Complaints of %1 by month, all departments</source>
        <translation>%1 各月投诉量，全部部门</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2：%3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无责任部门</translation>
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
    <message numerus="yes">
        <source>%n row(s) have cells written as =&quot;…&quot; (Excel&apos;s way of keeping text as text); the text inside the quotes was imported.</source>
        <translation>
            <numerusform>%n 行包含以 =&quot;…&quot; 形式写入的单元格（Excel 将文本保持为文本的写法）；已导入引号内的文本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a key written as a decimal number such as 12345.0; it was read as the whole number.</source>
        <translation>
            <numerusform>%n 行的键值写成了 12345.0 这样的小数；已按整数读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a date given as a plain number in a cell not formatted as a date; it was read as an Excel serial date.</source>
        <translation>
            <numerusform>%n 行的日期是未设置日期格式的单元格中的普通数字；已按 Excel 序列日期读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have times written with Z or a UTC offset; they were converted to the workspace&apos;s time zone %1.</source>
        <translation>
            <numerusform>%n 行的时间带有 Z 或 UTC 偏移；已转换为工作区的时区 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the key of a row imported before (from another file or sheet) but other values, and updated it: the later import wins.</source>
        <translation>
            <numerusform>%n 行与之前导入的行（来自其他文件或工作表）键值相同但其他值不同，已更新该行：以后导入的为准。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (lines %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat the key of an earlier row of this file with other values; the last one was kept, each counted as updated: %1.</source>
        <translation>
            <numerusform>%n 行与本文件中较早的行键值相同但其他值不同；已保留最后一行，每行均计为更新：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an earlier row of this file exactly and were counted as duplicates.</source>
        <translation>
            <numerusform>%n 行与本文件中较早的行完全相同，已计为重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>the row could not be stored (%1)</source>
        <translation>无法保存该行（%1）</translation>
    </message>
</context>
<context>
    <name>cx::SchemaGuard</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的%1</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 in place of the %2</source>
        <translation>%1（应为%2）</translation>
    </message>
    <message>
        <source>extra columns %1</source>
        <translation>多出的列 %1</translation>
    </message>
    <message>
        <source>missing columns %1</source>
        <translation>缺少的列 %1</translation>
    </message>
    <message>
        <source>%1 defined differently</source>
        <translation>%1 的定义不同</translation>
    </message>
    <message>
        <source>%1 defined differently (%2)</source>
        <translation>%1 的定义不同（%2）</translation>
    </message>
</context>
<context>
    <name>cx::ServiceCategoryModel</name>
    <message>
        <source>Category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>未达标数</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
</context>
<context>
    <name>cx::ServiceQuality</name>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>解决率 (resolved)</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>部分解决 (partly resolved)</source>
        <translation>部分解决率</translation>
    </message>
    <message>
        <source>一次解决率 (first-time resolution)</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>重复投诉率 (repeat complaints)</source>
        <translation>重复投诉率</translation>
    </message>
    <message>
        <source>升级率 (escalations)</source>
        <translation>升级率</translation>
    </message>
    <message>
        <source>工信部申诉 per million users</source>
        <translation>工信部申诉（每百万用户）</translation>
    </message>
    <message>
        <source>Mean handling hours</source>
        <translation>平均处理时长（小时）</translation>
    </message>
    <message>
        <source>Handling hours p90</source>
        <translation>处理时长 P90（小时）</translation>
    </message>
    <message>
        <source>超时率 (overdue)</source>
        <translation>超时率</translation>
    </message>
    <message>
        <source>回访满意率 (callback satisfaction)</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4 (%5, %6)</source>
        <translation>%1：%2 %3 → %4（%5，%6）</translation>
    </message>
    <message>
        <source>%1: %2 %3% → %4% (%5 points, %6, %7)</source>
        <translation>%1：%2 %3% → %4%（%5 个百分点，%6，%7）</translation>
    </message>
</context>
<context>
    <name>cx::ServiceQualityView</name>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The complaint exports of this scope do not say everything about their handling (%1): those measures show no data.</source>
        <translation>该范围的投诉导出数据未包含全部处理信息（%1）：相关指标显示为无数据。</translation>
    </message>
    <message numerus="yes">
        <source>; %n significant change(s) for the worse in %1</source>
        <translation>
            <numerusform>；%1 有 %n 项显著变差</numerusform>
        </translation>
    </message>
    <message>
        <source>All complaints: %1 %2 (n = %3, target %4)%5. Rates count the complaints whose field is filled; 超时 is over %6 h.</source>
        <translation>全部投诉：%1 %2（n = %3，目标值 %4）%5。各比率只统计相应字段已填写的投诉；超时指处理时长超过 %6 小时。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(not filled)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1: handling by month</source>
        <translation>%1：各月处理情况</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Significant change for the worse</source>
        <translation>显著变差</translation>
    </message>
    <message>
        <source>Worst categories by %1</source>
        <translation>%1 最差的投诉分类</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>排名：</translation>
    </message>
    <message>
        <source>Measure to rank by:</source>
        <translation>排名依据：</translation>
    </message>
    <message>
        <source>Create work order…</source>
        <translation>创建改进工单…</translation>
    </message>
    <message>
        <source>A draft improvement work order from the selected row&apos;s significant change for the worse (%1)</source>
        <translation>根据所选行的显著变差创建改进工单草稿（%1）</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
</context>
<context>
    <name>cx::ServiceRankingModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1 %2 (n = %3)</source>
        <translation>%1 %2（n = %3）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n complaint(s): %2</source>
        <translation>
            <numerusform>%1，投诉 %n 条：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint work orders accepted in the month.</source>
        <translation>当月受理的投诉工单。</translation>
    </message>
    <message>
        <source>已解决 ÷ complaints with a handling result; 未解决, 解释安抚 and other results are not resolved.</source>
        <translation>已解决 ÷ 有处理结果的投诉；未解决、解释安抚及其他结果均不算解决。</translation>
    </message>
    <message>
        <source>部分解决 ÷ complaints with a handling result.</source>
        <translation>部分解决 ÷ 有处理结果的投诉。</translation>
    </message>
    <message>
        <source>Resolved and not a repeated complaint ÷ complaints with both a result and the repeated flag.</source>
        <translation>已解决且非重复投诉 ÷ 同时有处理结果和重复投诉标记的投诉。</translation>
    </message>
    <message>
        <source>Repeated complaints ÷ complaints with the repeated flag.</source>
        <translation>重复投诉 ÷ 有重复投诉标记的投诉。</translation>
    </message>
    <message>
        <source>Escalated complaints ÷ complaints with the escalation flag.</source>
        <translation>升级投诉 ÷ 有升级标记的投诉。</translation>
    </message>
    <message>
        <source>Complaints through the regulator (工信部申诉) ÷ users × 1,000,000, users as for 万投比.</source>
        <translation>经监管渠道的投诉（工信部申诉）÷ 用户数 × 1,000,000，用户数口径同万投比。</translation>
    </message>
    <message>
        <source>Mean handling hours of the complaints with hours.</source>
        <translation>有处理时长的投诉的平均处理时长（小时）。</translation>
    </message>
    <message>
        <source>90th percentile of the handling hours (nearest rank); exact for hours given to a tenth, else at most 0.1 h high.</source>
        <translation>处理时长的第 90 百分位数（最近秩法）；处理时长精确到 0.1 小时时为精确值，否则最多偏高 0.1 小时。</translation>
    </message>
    <message>
        <source>Complaints handled in more hours than their category&apos;s limit (48 h unless set) ÷ complaints with hours.</source>
        <translation>处理时长超过其分类时限（未设置时为 48 小时）的投诉 ÷ 有处理时长的投诉。</translation>
    </message>
    <message>
        <source>(满意 + 基本满意) ÷ callbacks with a rating; callbacks without a verdict are left out.</source>
        <translation>（满意 + 基本满意）÷ 有评价的回访；未给出评价的回访不计入。</translation>
    </message>
    <message>
        <source>No handling result</source>
        <translation>无处理结果</translation>
    </message>
    <message>
        <source>No result or repeat flag</source>
        <translation>无处理结果或重复投诉标记</translation>
    </message>
    <message>
        <source>No repeat flag</source>
        <translation>无重复投诉标记</translation>
    </message>
    <message>
        <source>No escalation flag</source>
        <translation>无升级标记</translation>
    </message>
    <message>
        <source>No handling hours</source>
        <translation>无处理时长</translation>
    </message>
    <message>
        <source>No rated callback</source>
        <translation>无有评价的回访</translation>
    </message>
    <message>
        <source>(not filled)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1: %2 (n = %3)
%4: %5, %6: %7</source>
        <translation>%1：%2（n = %3）
%4：%5，%6：%7</translation>
    </message>
    <message>
        <source>%1 by month</source>
        <translation>%1 各月走势</translation>
    </message>
    <message>
        <source>%1 by month; significant changes for the worse in %2</source>
        <translation>%1 各月走势；%2 有显著变差</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>%1 over the period, its light against the target, and its change in the last month against the month before.
%2</source>
        <translation>该时段的%1、其对照目标值的红绿灯，以及最近一个月较上月的变化。
%2</translation>
    </message>
    <message>
        <source>The complaints whose field the measure needs is filled</source>
        <translation>该指标所需字段已填写的投诉数</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>一次解决率</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>解决率</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>重复投诉率</source>
        <translation>重复投诉率</translation>
    </message>
    <message>
        <source>升级率</source>
        <translation>升级率</translation>
    </message>
    <message>
        <source>工信部申诉/百万</source>
        <translation>工信部申诉/百万</translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation>平均时长</translation>
    </message>
    <message>
        <source>p90 hours</source>
        <translation>P90 时长</translation>
    </message>
    <message>
        <source>超时率</source>
        <translation>超时率</translation>
    </message>
    <message>
        <source>回访满意率</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <source>The change is not tested: a percentile has no test here.</source>
        <translation>此变化未做检验：百分位数在此没有检验方法。</translation>
    </message>
    <message>
        <source>The change is not tested: a month has too few complaints.</source>
        <translation>此变化未做检验：某个月的投诉太少。</translation>
    </message>
</context>
<context>
    <name>cx::ShareCopy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another name for the copy.</source>
        <translation>%1 就是工作区本身；请为副本另取一个名称。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy or remove that file first.</source>
        <translation>%1 已存在；请为副本另取一个名称，或先删除该文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; no copy was made.</source>
        <translation>已取消写入 %1；未生成副本。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (%3).</source>
        <translation>无法写入 %1：%2（%3）。</translation>
    </message>
    <message>
        <source>Taking a snapshot of the workspace</source>
        <translation>正在生成工作区快照</translation>
    </message>
    <message>
        <source>the workspace could not be read</source>
        <translation>无法读取工作区</translation>
    </message>
    <message>
        <source>the snapshot could not be opened</source>
        <translation>无法打开快照</translation>
    </message>
    <message>
        <source>Cannot write %1: the workspace is not in this version&apos;s format; open it in CX Workbench first.</source>
        <translation>无法写入 %1：该工作区不是当前版本的格式；请先用客户体验分析工作台打开它。</translation>
    </message>
    <message>
        <source>Removing what the copy leaves out</source>
        <translation>正在删除副本不包含的内容</translation>
    </message>
    <message>
        <source>the removals failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>phone numbers could not be removed from the texts</source>
        <translation>无法从文本中删除手机号码</translation>
    </message>
    <message>
        <source>Rebuilding the analysis tables</source>
        <translation>正在重建分析表</translation>
    </message>
    <message>
        <source>the analysis tables could not be rebuilt</source>
        <translation>无法重建分析表</translation>
    </message>
    <message>
        <source>Cannot write %1: rows of %2 would refer to rows the copy leaves out.</source>
        <translation>无法写入 %1：%2 中有行会引用副本未包含的行。</translation>
    </message>
    <message>
        <source>the removals could not be saved</source>
        <translation>无法保存删除结果</translation>
    </message>
    <message>
        <source>Writing the copy</source>
        <translation>正在写入副本</translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation>无法写入副本</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>正在检查副本</translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation>副本未通过检查</translation>
    </message>
    <message>
        <source>Cannot replace %1: the file could not be removed.</source>
        <translation>无法替换 %1：无法删除该文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished copy could not be moved there.</source>
        <translation>无法写入 %1：无法将完成的副本移到该位置。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>cx::ShareDialog</name>
    <message>
        <source>Save a Copy for Sharing</source>
        <translation>另存分享副本</translation>
    </message>
    <message>
        <source>CX Workbench workspaces (*.cxw)</source>
        <translation>客户体验分析工作区 (*.cxw)</translation>
    </message>
    <message>
        <source>Counting what the copy keeps and removes…</source>
        <translation>正在统计副本保留和删除的内容…</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>work orders</source>
        <translation>改进工单</translation>
    </message>
    <message>
        <source>complaints of other months</source>
        <translation>其他月份的投诉工单</translation>
    </message>
    <message>
        <source>survey responses of other months</source>
        <translation>其他月份的问卷答卷</translation>
    </message>
    <message>
        <source>monthly product figures, subscribers, funnel rates and indicator values of other months</source>
        <translation>其他月份的产品月度数据、用户数、漏斗转化率和指标值</translation>
    </message>
    <message>
        <source>imports with no rows left in the period</source>
        <translation>时段内已无数据行的导入记录</translation>
    </message>
    <message>
        <source>their rejected rows</source>
        <translation>这些导入的拒收行</translation>
    </message>
    <message>
        <source>work-order evidence links to complaints of other months</source>
        <translation>改进工单中指向其他月份投诉的证据链接</translation>
    </message>
    <message>
        <source>phone numbers (numbers written into the texts kept are blanked too)</source>
        <translation>手机号码（保留文本中出现的号码也会被清除）</translation>
    </message>
    <message>
        <source>complaint texts, survey reasons and free-text answers</source>
        <translation>投诉内容、问卷原因和开放题答案</translation>
    </message>
    <message>
        <source>raw lines of the rejected rows kept</source>
        <translation>保留的拒收行的原始行内容</translation>
    </message>
    <message>
        <source>The copy keeps the settings, journey stages, category map, indicators and mapping profiles, and:</source>
        <translation>副本保留设置、旅程环节、分类映射、指标和映射方案，以及：</translation>
    </message>
    <message>
        <source>It removes nothing.</source>
        <translation>不删除任何内容。</translation>
    </message>
    <message>
        <source>It removes:</source>
        <translation>将删除：</translation>
    </message>
    <message>
        <source>Name the file of the copy.</source>
        <translation>请为副本指定文件名。</translation>
    </message>
    <message>
        <source>%1 is the open workspace; the copy must be another file.</source>
        <translation>%1 是当前打开的工作区；副本必须是另一个文件。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the copy?</source>
        <translation>%1 已存在。要用副本替换它吗？</translation>
    </message>
    <message>
        <source>Saved %1: %2 complaints and %3 survey responses, phone numbers blanked in %4 texts.</source>
        <translation>已保存 %1：%2 条投诉工单和 %3 份问卷答卷，已清除 %4 条文本中的手机号码。</translation>
    </message>
    <message>
        <source>The copy is a new workspace file with only what its recipient needs. The open workspace is not changed.</source>
        <translation>副本是一个新的工作区文件，只包含接收人需要的内容。当前打开的工作区不会改变。</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>副本(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Leave out:</source>
        <translation>不包含：</translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation>手机号码(&amp;P)</translation>
    </message>
    <message>
        <source>Complaint &amp;texts and free-text survey answers</source>
        <translation>投诉内容和问卷开放题答案(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Months other than</source>
        <translation>以下时段以外的月份(&amp;M)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Save Copy</source>
        <translation>保存副本(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cx::StatusProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cx::SurveyRowWriter</name>
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
    <name>cx::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All Rows</source>
        <translation>复制全部行(&amp;A)</translation>
    </message>
</context>
<context>
    <name>cx::TableReader</name>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>无法打开 %1：%2。请检查文件是否存在以及是否有读取权限。</translation>
    </message>
    <message numerus="yes">
        <source>line(s) %1</source>
        <translation>
            <numerusform>第 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1，另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1，工作表“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) had bytes that are not valid %2, replaced by �: %3. If text looks garbled, choose the file&apos;s encoding in the import dialog.</source>
        <translation>
            <numerusform>%1：%n 行包含不是有效 %2 的字节，已替换为 �：%3。如果文字显示为乱码，请在导入对话框中选择该文件的编码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) contained NUL bytes, which were removed: %2. Check those rows; the exporting system may have padded or damaged them.</source>
        <translation>
            <numerusform>%1：%n 行包含 NUL 字节，已删除：%2。请检查这些行；导出系统可能填充或损坏了它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n row(s) text follows a field&apos;s closing quotation mark; as Excel does, it was joined to the field without the quotation marks: %2. Check those values.</source>
        <translation>
            <numerusform>%1：有 %n 行在字段的结束引号后还有文本；已按 Excel 的方式将其并入该字段（去掉引号）：%2。请检查这些值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) refer to shared strings the workbook does not contain; those cells were left empty: %2. The file may be damaged: open it in Excel, save it again and import that file.</source>
        <translation>
            <numerusform>%1：%n 行引用了工作簿中不存在的共享字符串；这些单元格已留空：%2。文件可能已损坏：请在 Excel 中打开并重新保存，然后导入该文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n row(s) a cell spans more columns or rows than the reader allows; the span was cut: %2.</source>
        <translation>
            <numerusform>%1：有 %n 行中的单元格合并的行数或列数超出读取程序的上限；合并范围已截断：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have cells of a type this program does not know; they were read as numbers, or as the text they hold: %2.</source>
        <translation>
            <numerusform>%1：%n 行含有本程序不认识类型的单元格，已按数值或其中的文本读取：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have cells that name a column left of the cell before them; they were kept after it, in the order of the file: %2. Check those rows in Excel.</source>
        <translation>
            <numerusform>%1：%n 行的单元格所标列位于前一单元格左侧，已按文件中的顺序放在其后：%2。请在 Excel 中核对这些行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have a row or cell reference that cannot be read; the row or cell was placed right after the one before it: %2. Check those rows in Excel.</source>
        <translation>
            <numerusform>%1：%n 行的行号或单元格引用无法读取，该行或单元格已紧接前一个放置：%2。请在 Excel 中核对这些行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n quotation mark(s) are never closed properly: %2. Read by the letter of the CSV rules, the lines after it (%3 in all) would have vanished into one field; the quotation mark was kept as text and those lines were read as rows of their own, as LibreOffice does. Check the quotation marks on the lines named.</source>
        <translation>
            <numerusform>%1：有 %n 个引号没有正确闭合：%2。如严格按 CSV 规则读取，其后的各行（共 %3 行）会全部并入一个字段；现已将该引号按普通文本保留，并将这些行各自作为独立的行读取（与 LibreOffice 的做法相同）。请检查所列行中的引号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::TextLists</name>
    <message>
        <source>Cannot read the word lists of the workspace: %1</source>
        <translation>无法读取工作区的词表：%1</translation>
    </message>
    <message>
        <source>an empty word</source>
        <translation>空词</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space or a &apos;|&apos;; write one word</source>
        <translation>“%1”包含空格或“|”；请只写一个词</translation>
    </message>
    <message>
        <source>expected &quot;TERM&quot; or &quot;TERM FREQUENCY&quot;</source>
        <translation>应为“词语”或“词语 词频”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no frequency (a number from 1 to 1000000000)</source>
        <translation>“%1”不是有效的词频（应为 1 到 1000000000 之间的数字）</translation>
    </message>
    <message>
        <source>expected &quot;TAG: phrase|phrase|!exception&quot;</source>
        <translation>应为“标签: 短语|短语|!例外”</translation>
    </message>
    <message>
        <source>the tag %1 has no phrase that gives it</source>
        <translation>标签 %1 没有可匹配的短语</translation>
    </message>
    <message>
        <source>the exception !%1 holds none of the phrases of %2, so it never applies</source>
        <translation>例外 !%1 不包含 %2 的任何短语，因此永远不会生效</translation>
    </message>
    <message>
        <source>the tag %1 is defined twice</source>
        <translation>标签 %1 被定义了两次</translation>
    </message>
    <message>
        <source>the list is larger than %1 MB</source>
        <translation>词表超过 %1 MB</translation>
    </message>
    <message>
        <source>Cannot store the word list in the workspace: %1</source>
        <translation>无法将词表保存到工作区：%1</translation>
    </message>
    <message>
        <source>Cannot reset the word list of the workspace: %1</source>
        <translation>无法重置工作区的词表：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than a word list may be (%2 MB).</source>
        <translation>%1 超过词表允许的大小（%2 MB）。</translation>
    </message>
    <message>
        <source>Cannot read %1: its encoding %2 is not supported.</source>
        <translation>无法读取 %1：不支持其编码 %2。</translation>
    </message>
    <message>
        <source>%1 is not readable text in %2; save it as UTF-8.</source>
        <translation>%1 不是有效的 %2 文本；请另存为 UTF-8。</translation>
    </message>
    <message>
        <source>every phrase of %1 is also one of its exceptions, so the tag can never be given</source>
        <translation>%1 的每个短语同时也是它的例外，因此永远不会打上该标签</translation>
    </message>
    <message>
        <source>the phrase %1 of %2 is also an exception, so it never counts</source>
        <translation>%2 的短语 %1 同时也是例外，因此永远不会计入</translation>
    </message>
    <message>
        <source>Cannot store the word lists in the workspace: %1</source>
        <translation>无法将词表保存到工作区：%1</translation>
    </message>
    <message>
        <source>the user dictionary</source>
        <translation>用户词典</translation>
    </message>
    <message>
        <source>the stop words</source>
        <translation>停用词表</translation>
    </message>
    <message>
        <source>the pain-point tag rules</source>
        <translation>痛点标签规则</translation>
    </message>
    <message>
        <source>Cannot store %1: line %2: %3</source>
        <comment>%1: the user dictionary, the stop words or the pain-point tag rules</comment>
        <translation>无法保存%1：第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>cx::ValueParser</name>
    <message>
        <source>&quot;%1&quot; is a number in scientific notation: Excel rounded it and its digits are lost, so it cannot identify the row. Export the column as text (format its cells as Text in Excel).</source>
        <translation>“%1”是科学计数法表示的数字：Excel 已将其四舍五入，部分数字已丢失，因此无法用来识别该行。请将该列按文本导出（在 Excel 中将其单元格格式设为“文本”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a number Excel rounded to 15 significant digits (its last digits are zeros), so it cannot identify the row. Export the column as text (format its cells as Text in Excel).</source>
        <translation>“%1”看起来是被 Excel 舍入到 15 位有效数字的数字（末尾几位都是 0），因此无法用来识别该行。请将该列按文本导出（在 Excel 中将其单元格格式设为“文本”）。</translation>
    </message>
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
    <name>cx::WordListModel</name>
    <message>
        <source>the tag %1 is defined twice</source>
        <translation>标签 %1 被定义了两次</translation>
    </message>
    <message>
        <source>Write a term.</source>
        <translation>请填写词语。</translation>
    </message>
    <message>
        <source>Write a stop word.</source>
        <translation>请填写停用词。</translation>
    </message>
    <message>
        <source>A pain-point tag needs a name.</source>
        <translation>痛点标签需要名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space; write one word</source>
        <translation>“%1”包含空格；请只写一个词</translation>
    </message>
    <message>
        <source>The tag %1 needs at least one phrase that gives it.</source>
        <translation>标签 %1 至少需要一个可匹配的短语。</translation>
    </message>
    <message>
        <source>The tag %1 is defined already (row %2).</source>
        <translation>标签 %1 已定义（第 %2 行）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed already (row %2).</source>
        <translation>“%1”已在列表中（第 %2 行）。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>No frequency: the term counts as %1 (as in jieba&apos;s dictionary).</source>
        <translation>未填词频：该词语按 %1 计（与 jieba 词典相同）。</translation>
    </message>
    <message>
        <source>Phrases that give the tag, separated by |</source>
        <translation>可匹配该标签的短语，用 | 分隔</translation>
    </message>
    <message>
        <source>Longer phrases around a phrase in which it does not count (不卡顿 for 卡顿), separated by |</source>
        <translation>包含某个短语、但在其中不计该短语的更长短语（如 卡顿 的例外 不卡顿），用 | 分隔</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Frequency (optional)</source>
        <translation>词频（可选）</translation>
    </message>
    <message>
        <source>Stop word</source>
        <translation>停用词</translation>
    </message>
    <message>
        <source>Pain-point tag</source>
        <translation>痛点标签</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
</context>
<context>
    <name>cx::WordListsDialog</name>
    <message>
        <source>The word lists are stored. Keywords and pain-point tags are being recomputed; the status bar shows the progress.</source>
        <translation>词表已保存。正在重新计算关键词和痛点标签；进度显示在状态栏中。</translation>
    </message>
    <message>
        <source>Word Lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>User dictionary</source>
        <translation>用户词典</translation>
    </message>
    <message>
        <source>Stop words</source>
        <translation>停用词</translation>
    </message>
    <message>
        <source>Pain-point tags</source>
        <translation>痛点标签</translation>
    </message>
    <message>
        <source>Telecom terms the segmenter keeps whole (携号转网, 光猫). A frequency (as in jieba&apos;s dictionary) makes a term win over the words it could be split into; without one it counts as %1.</source>
        <translation>分词时保持完整的电信术语（携号转网、光猫）。设置词频（与 jieba 词典相同）可使该词语优先于它可能被切分成的各个词；未设置时按 %1 计。</translation>
    </message>
    <message>
        <source>Words that are never keywords (的, 客户, 来电, 核实).</source>
        <translation>永远不作为关键词的词（的、客户、来电、核实）。</translation>
    </message>
    <message>
        <source>A complaint gets a tag when its text contains one of the tag&apos;s phrases, except inside one of its exceptions (卡顿 inside 不卡顿). A complaint may get several tags, so tag counts overlap.</source>
        <translation>投诉内容包含标签的任一短语时即打上该标签，但该短语出现在其例外中时除外（如 不卡顿 中的 卡顿）。一条投诉可能有多个标签，因此各标签的计数会重叠。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>Try a sentence:</source>
        <translation>试分一句：</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The word lists are being stored; close the dialog when that is done.</source>
        <translation>正在保存词表；请在保存完成后再关闭对话框。</translation>
    </message>
    <message>
        <source>Write a sentence to see its words, keywords and pain-point tags.</source>
        <translation>输入一句话，查看其分词结果、关键词和痛点标签。</translation>
    </message>
    <message>
        <source>Words: %1
Keywords: %2
Pain-point tags: %3</source>
        <translation>分词：%1
关键词：%2
痛点标签：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Term (optionally a space and its frequency):</source>
        <translation>词语（可在空格后加词频）：</translation>
    </message>
    <message>
        <source>Stop word:</source>
        <translation>停用词：</translation>
    </message>
    <message>
        <source>Tag name and its phrases (TAG: phrase|phrase|!exception):</source>
        <translation>标签名称及其短语（标签: 短语|短语|!例外）：</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>未导入任何内容：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Import a Word List</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export a Word List</source>
        <translation>导出词表</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Storing the word lists…</source>
        <translation>正在保存词表…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the word lists: %1</source>
        <translation>无法保存词表：%1</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cx::WordListsEditor</name>
    <message>
        <source>Reset %1 to the default</source>
        <translation>将%1恢复为默认</translation>
    </message>
</context>
<context>
    <name>cx::WordTrie</name>
    <message>
        <source>The word list is too short to be one (%1 bytes).</source>
        <translation>词表过短，不是有效的词表（%1 字节）。</translation>
    </message>
    <message>
        <source>The word list has an unknown format.</source>
        <translation>词表格式未知。</translation>
    </message>
    <message>
        <source>The word list&apos;s size (%1 bytes) does not match its header.</source>
        <translation>词表大小（%1 字节）与其文件头不符。</translation>
    </message>
    <message>
        <source>The word list is damaged.</source>
        <translation>词表已损坏。</translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderCreateCommand</name>
    <message>
        <source>New work order %1</source>
        <translation>新建改进工单 %1</translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderEditCommand</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderEditor</name>
    <message>
        <source>The target must be a number, e.g. 8.2 or 0.75; &quot;%1&quot; was not saved.</source>
        <translation>目标值必须是数字，例如 8.2 或 0.75；“%1”未保存。</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无完成时限</translation>
    </message>
    <message>
        <source>What customers experience (表现).</source>
        <translation>客户遇到的问题表现。</translation>
    </message>
    <message>
        <source>Departments that help, separated by 、 or commas.</source>
        <translation>协助的部门，用 、 或逗号分隔。</translation>
    </message>
    <message>
        <source>What the effect is measured on: satisfaction:STAGE, satisfied_rate:STAGE, complaints:CATEGORY, per10k:CATEGORY or indicator:CODE. Its baseline is the value in the latest month with data.</source>
        <translation>衡量效果所用的指标：satisfaction:环节、satisfied_rate:环节、complaints:分类、per10k:分类 或 indicator:编码。其基线值为最近一个有数据月份的值。</translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderStatusPanel</name>
    <message>
        <source>&amp;Delete Draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>A deleted draft keeps its number and history; Edit › Undo brings it back.</source>
        <translation>删除的草稿保留其编号和历史记录；“编辑 › 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>No work order selected</source>
        <translation>未选择改进工单</translation>
    </message>
    <message>
        <source>Choose a work order in the list, or create one with New Work Order.</source>
        <translation>请在列表中选择一张改进工单，或通过“新建改进工单”创建。</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>状态：%1（%2）</translation>
    </message>
    <message>
        <source>Effect: %1</source>
        <translation>效果：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Why does %1 go from %2 to %3? The reason is kept in its history.</source>
        <translation>为什么 %1 从 %2 变为 %3？原因将保存在其历史记录中。</translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderStore</name>
    <message>
        <source>The effects of the work orders could not be saved.</source>
        <translation>无法保存改进工单的效果。</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>The work order no longer exists in this workspace.</source>
        <translation>该改进工单已不在此工作区中。</translation>
    </message>
    <message>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation>工作区正忙或无法写入：%1</translation>
    </message>
    <message>
        <source>The work orders could not be saved: %1</source>
        <translation>无法保存改进工单：%1</translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation>改进工单需要标题。</translation>
    </message>
    <message>
        <source>The work order could not be created: %1</source>
        <translation>无法创建改进工单：%1</translation>
    </message>
    <message>
        <source>%1 was changed by %2; your change was not saved; the order has been reloaded.</source>
        <translation>%1 已被 %2 修改；您的修改未保存；已重新加载该工单。</translation>
    </message>
    <message>
        <source>%1: %2 has been changed since (it is now &quot;%3&quot;); it was not changed back.</source>
        <translation>%1：%2 此后已被修改（现为“%3”）；未将其改回。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3.</source>
        <translation>%1：“%2”不是有效的%3。</translation>
    </message>
    <message>
        <source>%1 has been deleted; restore it to edit it.</source>
        <translation>%1 已被删除；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>%1 is %2: only drafts can be deleted.</source>
        <translation>%1 处于“%2”状态：只能删除草稿。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; your change was not saved; the order has been reloaded.</source>
        <translation>%1 在此期间已被修改；您的修改未保存；已重新加载该工单。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，随后</translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderText</name>
    <message>
        <source>No metric: name one to follow the effect.</source>
        <translation>未设目标指标：请指定一个以跟踪效果。</translation>
    </message>
    <message>
        <source>No data for %1 in the order&apos;s scope yet.</source>
        <translation>该工单范围内还没有 %1 的数据。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>旅程环节</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
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
        <source>Symptom</source>
        <translation>问题表现</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根因</translation>
    </message>
    <message>
        <source>Experience level</source>
        <translation>体验层级</translation>
    </message>
    <message>
        <source>Kano class</source>
        <translation>卡诺分类</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>改进策略</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Co-departments</source>
        <translation>协同部门</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>计划完成日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展说明</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Baseline month</source>
        <translation>基线月份</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线值</translation>
    </message>
    <message>
        <source>Baseline n</source>
        <translation>基线样本量</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>旅程地图</translation>
    </message>
    <message>
        <source>Responsibility chain</source>
        <translation>责任链</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>卡诺模型</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>satisfaction dropped</source>
        <translation>满意度下降</translation>
    </message>
    <message>
        <source>Mean satisfaction fell from %1 in %2 to %3 in %4.</source>
        <translation>平均满意度从 %2 的 %1 降至 %4 的 %3。</translation>
    </message>
    <message>
        <source>满意率 dropped</source>
        <translation>满意率下降</translation>
    </message>
    <message>
        <source>满意率 fell from %1% in %2 to %3% in %4.</source>
        <translation>满意率从 %2 的 %1% 降至 %4 的 %3%。</translation>
    </message>
    <message>
        <source>%1 complaints rose</source>
        <translation>%1 投诉上升</translation>
    </message>
    <message>
        <source>Complaints about %1 rose from %2 in %3 to %4 in %5.</source>
        <translation>%1 的投诉量从 %3 的 %2 升至 %5 的 %4。</translation>
    </message>
    <message>
        <source>%1 complaint hotspot</source>
        <translation>%1 投诉热点</translation>
    </message>
    <message>
        <source>%1 is among the top complaint categories.</source>
        <translation>%1 位列 TOP 投诉分类。</translation>
    </message>
    <message>
        <source>%1 is among the top complaint categories; its complaints mention %2.</source>
        <translation>%1 位列 TOP 投诉分类；相关投诉提到 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2 complaints in %3 (%4 in %5, increase %6), 万投比 %7</source>
        <translation>%1：%3 投诉 %2 条（%5 为 %4，增量 %6），万投比 %7</translation>
    </message>
    <message>
        <source>raise satisfaction</source>
        <translation>提升满意度</translation>
    </message>
    <message>
        <source>reduce complaints</source>
        <translation>减少投诉</translation>
    </message>
    <message>
        <source>Stage %1 has no complaints in the period.</source>
        <translation>环节 %1 在该时段内没有投诉。</translation>
    </message>
    <message>
        <source>Largest complaint categories of %1: %2.</source>
        <translation>%1 投诉量最大的分类：%2。</translation>
    </message>
    <message>
        <source>%1 %2–%3: satisfaction %4 (n = %5, %6 vs the month before), %7 complaints, 万投比 %8, light %9</source>
        <translation>%1 %2–%3：满意度 %4（n = %5，较上月 %6），投诉 %7 条，万投比 %8，红绿灯 %9</translation>
    </message>
    <message>
        <source>%1 %2 %3%4 (target %5 %6%4)</source>
        <translation>%1 %2 %3%4（目标 %5 %6%4）</translation>
    </message>
    <message>
        <source>%1 missed its target</source>
        <translation>%1 未达到目标值</translation>
    </message>
    <message>
        <source>Satisfaction of %1 fell from %2 to %3 while %4 missed its target.</source>
        <translation>%1 的满意度从 %2 降至 %3，同时 %4 未达到目标值。</translation>
    </message>
    <message>
        <source>%1 missed its target in %2.</source>
        <translation>%1 在 %2 未达到目标值。</translation>
    </message>
    <message>
        <source>%1 (Kano %2)</source>
        <translation>%1（卡诺 %2）</translation>
    </message>
    <message>
        <source>Customers rate the feature %1 as %2.</source>
        <translation>按客户评价，功能 %1 属于“%2”类。</translation>
    </message>
    <message>
        <source>Better %1, Worse %2 (n = %3; A %4, O %5, M %6, I %7, R %8, Q %9)</source>
        <translation>Better %1，Worse %2（n = %3；A %4，O %5，M %6，I %7，R %8，Q %9）</translation>
    </message>
    <message>
        <source>The order names no metric.</source>
        <translation>该工单未设目标指标。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>状态变更原因</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>最近变更</translation>
    </message>
    <message>
        <source>Cannot export to %1: name a .xlsx, .csv or .pdf file.</source>
        <translation>无法导出到 %1：请指定 .xlsx、.csv 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面应用</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>计划完成 %1：%2</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>万投比</source>
        <translation>万投比</translation>
    </message>
    <message>
        <source>indicator actual</source>
        <translation>指标实际值</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; needs a subject after the colon, e.g. %2:播放卡顿 or indicator:KEI03.</source>
        <translation>目标指标“%1”的冒号后需要对象，例如 %2:播放卡顿 或 indicator:KEI03。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric. Write KIND:SUBJECT with KIND one of %2, e.g. satisfaction:使用, complaints:播放卡顿 or indicator:KEI03.</source>
        <translation>“%1”不是有效的目标指标。请写成 类型:对象，类型为 %2 之一，例如 satisfaction:使用、complaints:播放卡顿 或 indicator:KEI03。</translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation>整体%1</translation>
    </message>
    <message>
        <source>awaiting data</source>
        <translation>待数据</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>No baseline yet: the metric has no data in the scope.</source>
        <translation>暂无基线值：该范围内此指标没有数据。</translation>
    </message>
    <message>
        <source>No data after the baseline month %1 yet.</source>
        <translation>基线月份 %1 之后还没有数据。</translation>
    </message>
    <message>
        <source>%1 %2 target %3</source>
        <translation>%1 %2 目标值 %3</translation>
    </message>
    <message>
        <source>%1 (baseline %2, no target)</source>
        <translation>%1（基线值 %2，未设目标值）</translation>
    </message>
    <message>
        <source>the change is not significant</source>
        <translation>变化不显著</translation>
    </message>
    <message>
        <source>not testable</source>
        <translation>无法检验</translation>
    </message>
    <message>
        <source>Effect: %1</source>
        <translation>效果：%1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题发现</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Baseline / current / target</source>
        <translation>基线值 / 当前值 / 目标值</translation>
    </message>
    <message>
        <source>%1 (%2, n = %3) / %4 (%5) / %6</source>
        <translation>%1（%2，n = %3）/ %4（%5）/ %6</translation>
    </message>
    <message>
        <source>Strategy and owner</source>
        <translation>改进策略与负责人</translation>
    </message>
    <message>
        <source>Kano %1</source>
        <translation>卡诺 %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No changes since it was created.</source>
        <translation>创建后没有变更。</translation>
    </message>
    <message>
        <source>CX Workbench · %1 · %2 of %3</source>
        <translation>客户体验分析工作台 · %1 · %2/%3</translation>
    </message>
    <message>
        <source>Nothing to write to %1: no work orders are selected.</source>
        <translation>没有可写入 %1 的内容：未选择任何改进工单。</translation>
    </message>
    <message>
        <source>Improvement work orders</source>
        <translation>改进工单</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派发</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>待验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派发</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Return to creator…</source>
        <translation>退回创建人…</translation>
    </message>
    <message>
        <source>Report done</source>
        <translation>提交验证</translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation>验证并关闭</translation>
    </message>
    <message>
        <source>Verification failed…</source>
        <translation>验证未通过…</translation>
    </message>
    <message>
        <source>Dispatch again</source>
        <translation>重新派发</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重开…</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>The work order is already %1.</source>
        <translation>该改进工单已经是“%1”状态。</translation>
    </message>
    <message>
        <source>A work order cannot go from %1 to %2 (from %1 it can go to: %3).</source>
        <translation>改进工单不能从“%1”变为“%2”（从“%1”可以变为：%3）。</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Going from %1 to %2 needs a reason.</source>
        <translation>从“%1”变为“%2”需要填写原因。</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>改进工单</translation>
    </message>
    <message>
        <source>Choose one of the statuses of the list (草稿, 已派发, 处理中, 待验证, 已关闭, 退回, 重开).</source>
        <translation>请从列表中选择一个状态（草稿、已派发、处理中、待验证、已关闭、退回、重开）。</translation>
    </message>
    <message>
        <source>This department is not in the list. Keep it anyway?</source>
        <translation>该部门不在列表中。仍要保留吗？</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>无法替换该文件</translation>
    </message>
    <message>
        <source>%1: %2 worsened</source>
        <translation>%1：%2变差</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5.</source>
        <translation>%1 从 %3 的 %2 变为 %5 的 %4。</translation>
    </message>
    <message>
        <source>Experience funnel</source>
        <translation>体验漏斗</translation>
    </message>
    <message>
        <source>体验鸿沟 %1 → %2</source>
        <translation>体验鸿沟 %1 → %2</translation>
    </message>
    <message>
        <source>Of the customers at %1 (%2%), fewer reach %3 (%4%): the largest drop of the funnel, %5 – %6.</source>
        <translation>处于%1（%2%）的客户中，到达%3（%4%）的明显减少：这是漏斗中最大的落差，%5 – %6。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: −%3 percentage points (average of %n month(s))</source>
        <translation>
            <numerusform>%1 → %2：−%3 个百分点（%n 个月平均）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderUpdateImport</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <source>%1 was changed in the workspace after this file was exported (%2); this row was not applied. Export the order again and redo the change.</source>
        <translation>%1 在此文件导出后已在工作区中被修改（%2）；未应用此行。请重新导出该工单后再修改。</translation>
    </message>
    <message>
        <source>%1 holds no work-order sheet: no sheet has a header with the number column (编号) and a status, owner, progress or due-date column.</source>
        <translation>%1 中没有改进工单工作表：没有任何工作表的表头同时包含编号列（编号）以及状态、负责人、进展或计划完成日期列。</translation>
    </message>
    <message>
        <source>%1 has no header row with the number column (编号) and a status, owner, progress or due-date column.</source>
        <translation>%1 中没有同时包含编号列（编号）以及状态、负责人、进展或计划完成日期列的表头行。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, line %2 (%3): %4</source>
        <translation>%1，第 %2 行（%3）：%4</translation>
    </message>
    <message>
        <source>the row has no work-order number.</source>
        <translation>该行没有改进工单编号。</translation>
    </message>
    <message>
        <source>%1 is not a work order of this workspace.</source>
        <translation>%1 不是本工作区的改进工单。</translation>
    </message>
    <message>
        <source>%1 appears twice in the file; only its first row is read.</source>
        <translation>%1 在文件中出现了两次；只读取其第一行。</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of %2.</source>
        <translation>状态“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>the due date &quot;%1&quot; is not a date (write it as 2024-10-31).</source>
        <translation>计划完成日期“%1”不是日期（请写成 2024-10-31 的格式）。</translation>
    </message>
    <message>
        <source>the work order no longer exists.</source>
        <translation>该改进工单已不存在。</translation>
    </message>
</context>
<context>
    <name>cx::WorkOrderView</name>
    <message>
        <source>Import Updates</source>
        <translation>导入更新</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) will be updated.</source>
        <translation>
            <numerusform>%1：将更新 %n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) change nothing and are listed in the details.</source>
        <translation>
            <numerusform>%n 行没有任何变更，已在详细信息中列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>改进工单</translation>
    </message>
    <message>
        <source>Effect: %1. %2</source>
        <translation>效果：%1。%2</translation>
    </message>
    <message>
        <source>The effect is computed from the data in the background.</source>
        <translation>效果正在后台根据数据计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n linked complaint(s).</source>
        <translation>
            <numerusform>关联投诉 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence: the order was not created from a finding.</source>
        <translation>无证据：该工单不是从分析发现中创建的。</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>新建改进工单</translation>
    </message>
    <message>
        <source>%1 has no data in the order&apos;s scope yet: the baseline is recorded when it has.</source>
        <translation>该工单范围内还没有 %1 的数据：有数据后将记录基线值。</translation>
    </message>
    <message>
        <source>%1 has no data in the order&apos;s scope yet: the baseline is recorded when the metric is set again with data.</source>
        <translation>该工单范围内还没有 %1 的数据：待有数据后重新设置该指标时将记录基线值。</translation>
    </message>
    <message>
        <source>No work orders to export: the list is empty or filtered to nothing.</source>
        <translation>没有可导出的改进工单：列表为空或筛选后无结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 张改进工单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>work orders %1</source>
        <translation>改进工单 %1</translation>
    </message>
    <message>
        <source>Export Work Orders</source>
        <translation>导出改进工单</translation>
    </message>
    <message>
        <source>Work-order workbooks (*.xlsx *.csv)</source>
        <translation>改进工单工作簿 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入：未做任何更改。</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>正在应用 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>已取消导入 %1：未做任何更改。</translation>
    </message>
    <message>
        <source>Improvement work orders</source>
        <translation>改进工单</translation>
    </message>
    <message>
        <source>&amp;New Work Order</source>
        <translation>新建改进工单(&amp;N)</translation>
    </message>
    <message>
        <source>A blank draft; work orders from findings are created in the views that show them.</source>
        <translation>新建空白草稿；基于分析发现的改进工单请在显示该发现的视图中创建。</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>导出 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The selected work orders; all shown ones when none is selected.</source>
        <translation>所选的改进工单；未选择时为当前显示的全部工单。</translation>
    </message>
    <message>
        <source>I&amp;mport Updates…</source>
        <translation>导入更新(&amp;M)…</translation>
    </message>
    <message>
        <source>A workbook a department edited: status, owner, progress and due dates by number.</source>
        <translation>部门编辑过的工作簿：按编号更新状态、负责人、进展和计划完成日期。</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Search number, title, owner, region… (Ctrl+F)</source>
        <translation>搜索编号、标题、负责人、区域…（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No work orders yet. Create one with New Work Order, or from an alert, a hotspot or a journey cell in the other views.</source>
        <translation>还没有改进工单。请通过“新建改进工单”创建，或在其他视图中从预警、热点或旅程地图单元格创建。</translation>
    </message>
    <message>
        <source>Open or create a workspace to follow its improvement work orders.</source>
        <translation>请打开或新建工作区，以跟踪其改进工单。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) updated.</source>
        <translation>
            <numerusform>%1：已更新 %n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>拒收 %n 行。</numerusform>
        </translation>
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
    <message>
        <source>%1 is damaged (its header names no valid page size). Restore it from a backup copy.</source>
        <translation>%1 已损坏（其文件头未指明有效的页大小）。请从备份副本恢复。</translation>
    </message>
    <message>
        <source>%1 is incomplete: it has %2 bytes where its header describes %3. It was probably cut short while being copied; copy it again or restore it from a backup copy.</source>
        <translation>%1 不完整：它只有 %2 字节，而其文件头描述的是 %3 字节。很可能是复制时被截断；请重新复制，或从备份副本恢复。</translation>
    </message>
    <message>
        <source>%1 is damaged (its format number %2 is not one CX Workbench writes). Restore it from a backup copy.</source>
        <translation>%1 已损坏（其格式号 %2 不是客户体验分析工作台写入的格式）。请从备份副本恢复。</translation>
    </message>
    <message>
        <source>%1 was not opened: its database structure differs from the one CX Workbench writes (%2). Another program may have changed it; ask for a copy saved by CX Workbench.</source>
        <translation>未打开 %1：其数据库结构与客户体验分析工作台写入的结构不同（%2）。可能被其他程序修改过；请索取由客户体验分析工作台保存的副本。</translation>
    </message>
    <message>
        <source>%1 was not opened: a row of %2 holds %3 MB, more than the %4 MB a workspace value may have. Another program may have changed it; ask for a copy saved by CX Workbench.</source>
        <translation>未打开 %1：%2 中有一行达 %3 MB，超过工作区单个值允许的 %4 MB。可能被其他程序修改过；请索取由客户体验分析工作台保存的副本。</translation>
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
        <source>%1, sheet &quot;%2&quot;, row %3: a cell lies beyond column %4, more columns than Excel allows. The file is damaged or not a normal workbook; open it in Excel and save it again.</source>
        <translation>%1，工作表“%2”，第 %3 行：有单元格位于第 %4 列之后，超出了 Excel 允许的列数。该文件已损坏或不是正常的工作簿；请在 Excel 中打开并重新保存。</translation>
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
    <message>
        <source>%1 holds more shared text than this program accepts (4 GB). Split the data into smaller workbooks.</source>
        <translation>%1 的共享文本超过本程序可接受的上限（4 GB）。请将数据拆分为较小的工作簿。</translation>
    </message>
    <message>
        <source>%1: the part %2 declares a document type (DTD), which workbooks never do; it is refused as unsafe. Get the file from its original source again.</source>
        <translation>%1：部件 %2 声明了文档类型（DTD），正常工作簿不会这样做；出于安全考虑已拒绝。请从原始来源重新获取该文件。</translation>
    </message>
    <message>
        <source>%1: not enough memory to read the part %2.</source>
        <translation>%1：内存不足，无法读取部件 %2。</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>非 UTF-8 字节</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 or characters XML does not allow</source>
        <translation>非 UTF-8 字节或 XML 不允许的字符</translation>
    </message>
    <message>
        <source>a tag longer than %1 bytes</source>
        <translation>长度超过 %1 字节的标签</translation>
    </message>
    <message>
        <source>content after the end of the document</source>
        <translation>文档结束后仍有内容</translation>
    </message>
    <message>
        <source>text before the first tag</source>
        <translation>第一个标签之前有文本</translation>
    </message>
    <message>
        <source>a text longer than %1 bytes</source>
        <translation>长度超过 %1 字节的文本</translation>
    </message>
    <message>
        <source>&quot;]]&gt;&quot; in text</source>
        <translation>文本中出现 &quot;]]&gt;&quot;</translation>
    </message>
    <message>
        <source>an undefined entity or character reference %1</source>
        <translation>未定义的实体或字符引用 %1</translation>
    </message>
    <message>
        <source>a processing instruction that cannot be read</source>
        <translation>无法读取的处理指令</translation>
    </message>
    <message>
        <source>an XML declaration that is not at the start</source>
        <translation>不在开头的 XML 声明</translation>
    </message>
    <message>
        <source>a CDATA section outside the root element</source>
        <translation>根元素之外的 CDATA 段</translation>
    </message>
    <message>
        <source>markup that cannot be read</source>
        <translation>无法读取的标记</translation>
    </message>
    <message>
        <source>a &quot;&lt;&quot; that starts no tag</source>
        <translation>不构成标签的 &quot;&lt;&quot;</translation>
    </message>
    <message>
        <source>a name longer than %1 bytes</source>
        <translation>长度超过 %1 字节的名称</translation>
    </message>
    <message>
        <source>a &quot;/&quot; inside a tag</source>
        <translation>标签内的 &quot;/&quot;</translation>
    </message>
    <message>
        <source>an attribute that cannot be read in tag %1</source>
        <translation>标签 %1 中无法读取的属性</translation>
    </message>
    <message>
        <source>attribute %1 without a value</source>
        <translation>属性 %1 没有值</translation>
    </message>
    <message>
        <source>attribute %1 without quotes</source>
        <translation>属性 %1 没有引号</translation>
    </message>
    <message>
        <source>attribute %1 given twice</source>
        <translation>属性 %1 重复出现</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a &quot;&lt;&quot; inside an attribute value</source>
        <translation>属性值中的 &quot;&lt;&quot;</translation>
    </message>
    <message>
        <source>an end tag that cannot be read</source>
        <translation>无法读取的结束标签</translation>
    </message>
    <message>
        <source>end tag %1 without its start tag</source>
        <translation>结束标签 %1 没有对应的开始标签</translation>
    </message>
    <message>
        <source>end tag %1 where the end of %2 belongs</source>
        <translation>在应为 %2 结束标签的位置出现了结束标签 %1</translation>
    </message>
    <message>
        <source>&quot;--&quot; inside a comment</source>
        <translation>注释中出现 &quot;--&quot;</translation>
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
        <source>header row: %1</source>
        <translation>表头行：%1</translation>
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
        <source>No complaint data in one of the two months: nothing to compare.</source>
        <translation>两个月份之一没有投诉数据：无法比较。</translation>
    </message>
    <message>
        <source>per 10k (万投比): no month of the period has both complaints and subscriber figures</source>
        <translation>万投比：该时段内没有任何月份同时具备投诉量和用户数</translation>
    </message>
    <message numerus="yes">
        <source>per 10k (万投比): complaints per 10,000 subscriber-months over %n month(s) with complaints and subscribers, the average monthly 万投比 of the period</source>
        <translation>
            <numerusform>万投比：在 %n 个同时具备投诉量和用户数的月份中，每万用户·月的投诉量，即该时段的月均万投比</numerusform>
        </translation>
    </message>
    <message>
        <source>; below city level the subscribers are estimated</source>
        <translation>；地市以下的用户数为估算值</translation>
    </message>
    <message>
        <source>Alerts, Benjamini–Hochberg over %1 tests</source>
        <translation>预警，已对 %1 次检验做 Benjamini–Hochberg 校正</translation>
    </message>
    <message>
        <source>The workspace has no complaint channel &quot;%1&quot;; it has: %2.</source>
        <translation>工作区中没有受理渠道“%1”；现有渠道：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 categories to %2.</source>
        <translation>已将 %1 个分类写入 %2。</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 accepted, %4 refused.</source>
        <translation>%1：读取 %2 行，接受 %3 行，拒收 %4 行。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the rows above and import the file again.</source>
        <translation>未做任何更改：请修正以上各行后重新导入该文件。</translation>
    </message>
    <message>
        <source>The category map already is as in the file; nothing was changed.</source>
        <translation>分类映射已与文件一致；未做任何更改。</translation>
    </message>
    <message>
        <source>Re-deriving complaints: %1%</source>
        <translation>正在重新归类投诉：%1%</translation>
    </message>
    <message>
        <source>Categories added: %1, changed: %2, removed: %3.</source>
        <translation>分类新增：%1，修改：%2，删除：%3。</translation>
    </message>
    <message>
        <source>Complaints re-derived: %1 (%2 moved to another journey stage) in %3 s.</source>
        <translation>投诉重新归类：%1 条（其中 %2 条移至其他旅程环节），用时 %3 秒。</translation>
    </message>
    <message>
        <source>Export the category map of a workspace to a CSV file (UTF-8 with BOM; Excel opens it), or import an edited one: the file replaces the map, every complaint&apos;s journey stage, perception element and experience level is derived again, and nothing changes when any row is refused.</source>
        <translation>将工作区的分类映射导出为 CSV 文件（带 BOM 的 UTF-8，可用 Excel 打开），或导入编辑后的文件：该文件将替换分类映射，每条投诉的旅程环节、感知要素和体验层级都会重新推导；只要有任何一行被拒收，就不做任何更改。</translation>
    </message>
    <message>
        <source>CSV file to write (export).</source>
        <translation>要写入的 CSV 文件（导出）。</translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation>export（导出）或 import（导入）。</translation>
    </message>
    <message>
        <source>CSV file to read (import).</source>
        <translation>要读取的 CSV 文件（导入）。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>Say export or import.</source>
        <translation>请指定 export 或 import。</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.csv.</source>
        <translation>请用 -o FILE.csv 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Name the one CSV file to import.</source>
        <translation>请指定一个要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Export or import the category map (CSV) of a workspace.</source>
        <translation>导出或导入工作区的分类映射（CSV）。</translation>
    </message>
    <message>
        <source>the first month</source>
        <translation>第一个月</translation>
    </message>
    <message>
        <source>the last month</source>
        <translation>最后一个月</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>已删除：</translation>
    </message>
    <message>
        <source>outside the period: %1 complaints, %2 survey responses, %3 monthly figures</source>
        <translation>时段以外：%1 条投诉工单、%2 份问卷答卷、%3 条月度数据</translation>
    </message>
    <message>
        <source>imports with no rows left: %1 (with %2 rejected rows)</source>
        <translation>已无数据行的导入记录：%1 条（含 %2 条拒收行）</translation>
    </message>
    <message>
        <source>work-order evidence links to complaints outside the period: %1</source>
        <translation>改进工单中指向时段以外投诉的证据链接：%1</translation>
    </message>
    <message>
        <source>phone numbers: %1; numbers blanked in %2 texts kept</source>
        <translation>手机号码：%1；已清除 %2 条保留文本中的号码</translation>
    </message>
    <message>
        <source>complaint texts, survey reasons and free-text answers: %1</source>
        <translation>投诉内容、问卷原因和开放题答案：%1</translation>
    </message>
    <message>
        <source>raw lines of rejected rows: %1</source>
        <translation>拒收行的原始行内容：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Write a copy of a workspace for someone else, with only what they need: phone numbers are removed unless --keep-phones is given, complaint texts with --drop-text, other months with --months. The analysis tables are rebuilt for what is left and the copy is a fresh file holding no removed data.</source>
        <translation>为他人写出工作区副本，只包含对方需要的内容：默认删除手机号码（指定 --keep-phones 时保留），指定 --drop-text 时删除投诉内容，指定 --months 时删除其他月份。分析表会按保留的数据重建，副本是一个全新文件，不含任何已删除的数据。</translation>
    </message>
    <message>
        <source>Workspace to copy (.cxw).</source>
        <translation>要复制的工作区（.cxw）。</translation>
    </message>
    <message>
        <source>The copy to write (a new .cxw file).</source>
        <translation>要写入的副本（新的 .cxw 文件）。</translation>
    </message>
    <message>
        <source>Remove phone numbers (the default).</source>
        <translation>删除手机号码（默认）。</translation>
    </message>
    <message>
        <source>Keep phone numbers as the workspace has them.</source>
        <translation>按工作区中的原样保留手机号码。</translation>
    </message>
    <message>
        <source>Remove complaint texts, survey reasons and answers to free-text questions.</source>
        <translation>删除投诉内容、问卷原因和开放题答案。</translation>
    </message>
    <message>
        <source>Keep only these months: FROM..TO, FROM.., ..TO or one month (YYYY-MM).</source>
        <translation>只保留这些月份：FROM..TO、FROM..、..TO 或单个月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Name the copy with -o FILE.</source>
        <translation>请用 -o FILE 指定副本。</translation>
    </message>
    <message>
        <source>Give either --drop-phones or --keep-phones, not both.</source>
        <translation>请指定 --drop-phones 或 --keep-phones 其中之一，不能同时指定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write FROM..TO with months as YYYY-MM, e.g. 2024-05..2024-08.</source>
        <translation>“%1”不是时段；请写成 FROM..TO，月份格式为 YYYY-MM，例如 2024-05..2024-08。</translation>
    </message>
    <message>
        <source>The copy must be another file than the workspace.</source>
        <translation>副本必须是与工作区不同的文件。</translation>
    </message>
    <message>
        <source>There is no workspace %1.</source>
        <translation>不存在工作区 %1。</translation>
    </message>
    <message>
        <source>Write a copy of a workspace for sharing, without phone numbers (and texts, months).</source>
        <translation>写出用于分享的工作区副本，不含手机号码（可选去掉文本和其他月份）。</translation>
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
        <translation>工作区的改进工单。

操作：
  create --title T --department D [--product P] [--stage S] [--city C [--county X [--grid G]]]
         [--metric M [--baseline-month YYYY-MM]] [--target V] [--due YYYY-MM-DD] [--owner O]
         [--symptom TEXT]
                     新建一张草稿工单；输出其编号
  update NUMBER [--status S] [--owner O] [--department D] [--note N] [--due D] [--reason R]
         [--title T] [--target V]
                     对工单做一次编辑（状态变更须遵循流转规则）
  list [--status S] [--json]
  show NUMBER [--json]   显示工单及其历史记录
  export -o FILE.xlsx|FILE.csv|FILE.pdf [--status S] [NUMBER...]
  import FILE.xlsx   导入部门编辑过的状态、负责人、进展和计划完成日期
  delete NUMBER      删除一张草稿（保留其编号和历史记录）

状态：草稿 (draft)、已派发 (dispatched)、处理中 (in_progress)、待验证 (pending_verification)、
已关闭 (closed)、退回 (returned，需 --reason)、重开 (reopened，需 --reason)。
允许的流转：草稿→已派发；已派发→处理中|退回；处理中→待验证|退回；待验证→已关闭|处理中（验证
未通过，需 --reason）；退回→已派发|已关闭（撤回，需 --reason）；已关闭→重开；重开→处理中。

目标指标（--metric 类型:对象），在工单的产品和区域范围内读取：
  satisfaction:使用     某环节题目的平均分（satisfaction: 表示整体满意度题目）
  satisfied_rate:使用   同一批评分的满意率
  complaints:播放卡顿   某分类（或某环节）的投诉量
  per10k:播放卡顿       同一批投诉的万投比
  indicator:KEI03       某指标的月度实际值（未指定 --target 时以其目标值为目标）
基线值是该指标在问题发现所在月份的值（--baseline-month；默认：最近一个有数据的月份）；
之后的月份决定效果：达成、未达成或待数据。

编辑以首选项中的分析员姓名（未设置时为系统用户名）记入历史记录，来源为“命令行”。
退出码：0 完成；2 有编辑或行被拒收（每条原因输出到 stderr）；1 无法使用工作区；64 参数错误。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>未知状态“%1”；请使用以下状态之一：%2。</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Baseline / current / target</source>
        <translation>基线值 / 当前值 / 目标值</translation>
    </message>
    <message>
        <source>%1 (%2, n = %3) / %4 (%5) / %6</source>
        <translation>%1（%2，n = %3）/ %4（%5）/ %6</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>%1 is not a work order of %2.</source>
        <translation>%1 不是 %2 的改进工单。</translation>
    </message>
    <message>
        <source>%1 needs exactly one work-order number.</source>
        <translation>%1 需要且只需要一个改进工单编号。</translation>
    </message>
    <message>
        <source>%1 unchanged.</source>
        <translation>%1 未变更。</translation>
    </message>
    <message>
        <source>create needs --title.</source>
        <translation>create 需要 --title。</translation>
    </message>
    <message>
        <source>create needs --department (the owning department).</source>
        <translation>create 需要 --department（责任部门）。</translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--due 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--target needs a number, not &quot;%1&quot;.</source>
        <translation>--target 需要数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>--baseline-month needs a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--baseline-month 需要 YYYY-MM 格式的月份，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 has no data in the order&apos;s scope yet; the baseline is recorded when it has.</source>
        <translation>该工单范围内还没有 %1 的数据；有数据后将记录基线值。</translation>
    </message>
    <message>
        <source>update needs at least one of --status, --owner, --department, --note, --due, --title, --target.</source>
        <translation>update 至少需要 --status、--owner、--department、--note、--due、--title、--target 之一。</translation>
    </message>
    <message>
        <source>%1 saved (version %2).</source>
        <translation>%1 已保存（版本 %2）。</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>export needs -o FILE.xlsx, FILE.csv or FILE.pdf.</source>
        <translation>export 需要 -o FILE.xlsx、FILE.csv 或 FILE.pdf。</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 张改进工单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs exactly one file (the workbook a department sent back).</source>
        <translation>import 需要且只需要一个文件（部门发回的工作簿）。</translation>
    </message>
    <message>
        <source>%1: rows read %2, orders updated %3, unchanged %4, refused %5, blank %6.</source>
        <translation>%1：读取 %2 行，更新工单 %3 张，未变更 %4 行，拒收 %5 行，空行 %6 行。</translation>
    </message>
    <message>
        <source>%1 deleted; its number stays taken and its history is kept.</source>
        <translation>%1 已删除；其编号仍被占用，历史记录予以保留。</translation>
    </message>
    <message>
        <source>Title of the order.</source>
        <translation>工单标题。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Owner department.</source>
        <translation>责任部门。</translation>
    </message>
    <message>
        <source>Product of the scene.</source>
        <translation>场景的产品。</translation>
    </message>
    <message>
        <source>Journey stage of the scene.</source>
        <translation>场景的旅程环节。</translation>
    </message>
    <message>
        <source>City of the scene.</source>
        <translation>场景的地市。</translation>
    </message>
    <message>
        <source>County of the scene (with --city).</source>
        <translation>场景的区县（需同时指定 --city）。</translation>
    </message>
    <message>
        <source>Grid of the scene (with --county).</source>
        <translation>场景的网格（需同时指定 --county）。</translation>
    </message>
    <message>
        <source>What customers experience (表现).</source>
        <translation>客户遇到的问题表现。</translation>
    </message>
    <message>
        <source>The metric the effect is measured on, KIND:SUBJECT (see above).</source>
        <translation>衡量效果所用的目标指标，格式为 类型:对象（见上文）。</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Month of the finding: the metric&apos;s baseline (default: the latest month with data).</source>
        <translation>问题发现所在的月份：目标指标的基线（默认：最近一个有数据的月份）。</translation>
    </message>
    <message>
        <source>Target value of the metric.</source>
        <translation>目标指标的目标值。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>计划完成日期。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Status (Chinese name, English name or code).</source>
        <translation>状态（中文名、英文名或代码）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner (a person of the department).</source>
        <translation>负责人（该部门的人员）。</translation>
    </message>
    <message>
        <source>Progress note.</source>
        <translation>进展说明。</translation>
    </message>
    <message>
        <source>Reason of a status change (required for 退回, 重开 and a failed verification).</source>
        <translation>状态变更的原因（退回、重开以及验证未通过时必填）。</translation>
    </message>
    <message>
        <source>Output file of export: .xlsx, .csv or .pdf.</source>
        <translation>export 的输出文件：.xlsx、.csv 或 .pdf。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>create, update, list, show, export, import or delete.</source>
        <translation>create、update、list、show、export、import 或 delete。</translation>
    </message>
    <message>
        <source>The number(s) or file the verb works on.</source>
        <translation>该操作所针对的工单编号或文件。</translation>
    </message>
    <message>
        <source>[ARG...]</source>
        <translation>[参数...]</translation>
    </message>
    <message>
        <source>Name a verb: create, update, list, show, export, import or delete.</source>
        <translation>请指定操作：create、update、list、show、export、import 或 delete。</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; use create, update, list, show, export, import or delete.</source>
        <translation>未知操作“%1”；请使用 create、update、list、show、export、import 或 delete。</translation>
    </message>
    <message>
        <source>Improvement work orders: create, update, list, show, export, import.</source>
        <translation>改进工单：创建、更新、列出、查看、导出、导入。</translation>
    </message>
    <message>
        <source>rows read: %1   inserted: %2   updated: %3   duplicates: %4   skipped: %5   rejected: %6</source>
        <translation>读取行数：%1   新增：%2   更新：%3   重复：%4   跳过：%5   拒收：%6</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>sheet %1 (header row %2):</source>
        <translation>工作表 %1（表头行 %2）：</translation>
    </message>
    <message>
        <source>sheet %1 not imported: %2</source>
        <translation>工作表 %1 未导入：%2</translation>
    </message>
    <message>
        <source>all sheets:</source>
        <translation>全部工作表：</translation>
    </message>
    <message>
        <source>Import complaint, survey, product, funnel and indicator exports (CSV, XLSX, XLS) into a workspace. The workspace is created when it does not exist. Every sheet of a workbook whose header fits the kind is imported.</source>
        <translation>将投诉、问卷、产品、漏斗和指标导出文件（CSV、XLSX、XLS）导入工作区。工作区不存在时会自动创建。工作簿中表头与该类型相符的每个工作表都会导入。</translation>
    </message>
    <message>
        <source>Import only this sheet of workbooks (default: every sheet of the kind).</source>
        <translation>仅导入工作簿中的该工作表（默认：该类型的全部工作表）。</translation>
    </message>
    <message>
        <source>Seconds to wait for another import into the same workspace to finish (default: 120).</source>
        <translation>等待同一工作区的另一项导入完成的秒数（默认：120）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--wait 需要秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>another import into this workspace is running; waiting…</source>
        <translation>另一项向该工作区的导入正在进行；正在等待…</translation>
    </message>
    <message>
        <source>Import exports (CSV, XLSX, XLS) into a workspace.</source>
        <translation>将导出文件（CSV、XLSX、XLS）导入工作区。</translation>
    </message>
    <message>
        <source>pain points: %1</source>
        <translation>痛点：%1</translation>
    </message>
    <message>
        <source>Pain points by volume</source>
        <translation>按投诉量排名的痛点</translation>
    </message>
    <message>
        <source>No complaint of the period matched a pain-point tag.</source>
        <translation>该时段内没有投诉匹配任何痛点标签。</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>Complaints without a pain-point tag: %1</source>
        <translation>没有痛点标签的投诉：%1</translation>
    </message>
    <message>
        <source>Word lists of %1:</source>
        <translation>%1 的词表：</translation>
    </message>
    <message>
        <source>built-in default, %1 entries</source>
        <translation>内置默认词表，%1 条</translation>
    </message>
    <message>
        <source>the workspace&apos;s own, %1 entries</source>
        <translation>工作区自有词表，%1 条</translation>
    </message>
    <message>
        <source>Show, export, import or reset the word lists that decide complaint keywords and pain-point tags: terms (telecom terms kept whole), stopwords (never keywords) and tags (pain-point tag rules). A workspace keeps its own copy of a list once one is imported; the analysis tables follow at the next analysis.</source>
        <translation>查看、导出、导入或重置决定投诉关键词和痛点标签的词表：terms（保持完整的电信术语）、stopwords（永不作为关键词的停用词）和 tags（痛点标签规则）。导入某个词表后，工作区会保留其自有副本；分析表在下次分析时随之更新。</translation>
    </message>
    <message>
        <source>Write a list (%1) as UTF-8 text.</source>
        <translation>将词表（%1）写出为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation>--export 的输出文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>Replace a list with the text file given as argument, after checking every line.</source>
        <translation>逐行检查后，用作为参数给出的文本文件替换词表。</translation>
    </message>
    <message>
        <source>Go back to the built-in default of a list.</source>
        <translation>恢复词表的内置默认值。</translation>
    </message>
    <message>
        <source>The file to import (with --import).</source>
        <translation>要导入的文件（配合 --import）。</translation>
    </message>
    <message>
        <source>Give one of --export, --import and --reset.</source>
        <translation>请指定 --export、--import 或 --reset 其中之一。</translation>
    </message>
    <message>
        <source>There is no word list &quot;%1&quot;; the lists are: %2.</source>
        <translation>不存在词表“%1”；现有词表：%2。</translation>
    </message>
    <message>
        <source>--import needs the file to import.</source>
        <translation>--import 需要指定要导入的文件。</translation>
    </message>
    <message>
        <source>-o is for --export.</source>
        <translation>-o 仅用于 --export。</translation>
    </message>
    <message>
        <source>The %1 list is the built-in default again; the analysis tables follow at the next analysis.</source>
        <translation>%1 词表已恢复为内置默认值；分析表将在下次分析时随之更新。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n line(s) to correct.</source>
        <translation>
            <numerusform>%1 未导入：有 %n 行需要修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the %1 list from %2; the analysis tables follow at the next analysis.</source>
        <translation>已从 %2 导入 %1 词表；分析表将在下次分析时随之更新。</translation>
    </message>
    <message>
        <source>Show, export, import or reset the word lists of keywords and pain-point tags.</source>
        <translation>查看、导出、导入或重置关键词和痛点标签的词表。</translation>
    </message>
    <message>
        <source>Service quality by department, ranked by 一次解决率 (change: %1 against the month before)</source>
        <translation>按处理部门的服务质量，以一次解决率排名（变化：%1 较上月）</translation>
    </message>
    <message>
        <source>No complaints in the period.</source>
        <translation>该时段内没有投诉工单。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>department</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>一次解决</translation>
    </message>
    <message>
        <source>Δ points</source>
        <translation>Δ 百分点</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>appeals/1M</source>
        <translation>申诉/百万</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Service changes for the worse, Benjamini–Hochberg over %1 tests</source>
        <translation>服务质量变差，已对 %1 次检验做 Benjamini–Hochberg 校正</translation>
    </message>
    <message>
        <source>Analyse a workspace: NPS, journey matrix, hotspots, significant drops, service quality by department and channel, responsibility chains, lifecycle, funnel, Kano and drivers. Without a period, the latest month with data is analysed and alerts cover the whole history.</source>
        <translation>分析工作区：NPS、旅程矩阵、热点、显著下降、按处理部门和受理渠道的服务质量、责任链、生命周期、漏斗、卡诺模型和驱动因素。未指定时段时，分析有数据的最近一个月，预警则覆盖全部历史数据。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>It keeps the months %4 to %5: %1 complaints, %2 survey responses and %3 work orders.</source>
        <translation>其中保留 %4 至 %5 的数据：%1 条投诉工单、%2 份问卷答卷和 %3 张改进工单。</translation>
    </message>
    <message>
        <source>It keeps %1 complaints, %2 survey responses and %3 work orders.</source>
        <translation>其中包含 %1 条投诉工单、%2 份问卷答卷和 %3 张改进工单。</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
</context>
</TS>
