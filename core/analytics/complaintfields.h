#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace cx {

namespace sqlite {
class Statement;
}

/// The values of one complaint that the folds count, as views of its UTF-8
/// texts (empty for NULL) where they are held: a statement's current row
/// (complaintFields()) or the encoded row an import inserted. Valid while
/// that row is.
struct ComplaintFields
{
    QByteArrayView month;
    QByteArrayView product;
    QByteArrayView province;
    QByteArrayView city;
    QByteArrayView county;
    QByteArrayView grid;
    QByteArrayView channel;
    QByteArrayView category1;
    QByteArrayView category2;
    QByteArrayView category3;
    QByteArrayView stage;
    QByteArrayView content;
    QByteArrayView elementCode;
    QByteArrayView department;
    QByteArrayView result;
    std::optional<double> hours;
    std::optional<qint64> repeated;
    std::optional<qint64> escalated;
    QByteArrayView callbackRating;
};

/// The complaint columns complaintFields() reads, in its order.
inline constexpr auto complaintFieldColumns =
    "month, product, province, city, county, grid, channel, category1, category2, category3, stage, content, "
    "element_code, department, result, duration_hours, repeated, escalated, callback_rating";

/// The fields of a row holding complaintFieldColumns from column `first` on.
ComplaintFields complaintFields(const sqlite::Statement &row, int first);

} // namespace cx
