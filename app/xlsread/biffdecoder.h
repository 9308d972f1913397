#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cx {

/// The FreeXL side of reading an .xls workbook, run in the reader process
/// cxwb-xlsread: opens the workbook and answers requests for rows with
/// frames of the stream BiffReader reads (io/biffstream.h). All of FreeXL's
/// parsing happens here, so a damaged file that upsets it ends that
/// process only.
///
/// Cells go out as FreeXL gives them: numbers as doubles, text and shared
/// strings as their UTF-8, date and time cells as FreeXL's ISO text; cells
/// FreeXL cannot give say why. Rows without a value are left out, and a
/// row ends at its last cell that has one.
class BiffDecoder
{
public:
    /// Reads the file @p fileName (as the C library spells it).
    explicit BiffDecoder(const QByteArray &fileName);
    ~BiffDecoder();
    BiffDecoder(const BiffDecoder &) = delete;
    BiffDecoder &operator=(const BiffDecoder &) = delete;

    /// Opens the workbook: its Workbook frame, or a Failure frame.
    QByteArray open();
    /// The Rows or Failure frame that answers @p request (a frame after its
    /// length field). Empty when @p request is not a ReadRows frame, or
    /// when open() failed.
    QByteArray answer(QByteArrayView request);

private:
    QByteArray failure(quint8 reason, int status) const;

    QByteArray m_fileName;
    const void *m_handle = nullptr;
    unsigned int m_sheetCount = 0;
    int m_activeSheet = -1;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
};

} // namespace cx
