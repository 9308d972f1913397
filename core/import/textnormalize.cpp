#include "import/textnormalize.h"

namespace cx {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c.unicode() == 0xFEFF;
}

} // namespace

QString normalizeHeader(QStringView header)
{
    QString key;
    key.reserve(header.size());
    for (QChar c : header) {
        const QChar half(toHalfWidth(c.unicode()));
        if (half.isLetterOrNumber())
            key.append(half);
    }
    return key.toCaseFolded();
}

QString normalizeValue(QStringView value)
{
    QString key;
    value = trimmedView(value);
    key.reserve(value.size());
    for (QChar c : value) {
        const QChar half(toHalfWidth(c.unicode()));
        if (!isBlank(half))
            key.append(half);
    }
    return key.toCaseFolded();
}

QStringView trimmedView(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

} // namespace cx
