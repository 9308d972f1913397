#pragma once

#include "import/journeystages.h"
#include "import/mappingprofile.h"
#include "import/surveyquestionclassifier.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

/// How well one kind's profile fits a preview.
struct KindScore
{
    QString kind;
    double score = 0;
    double confidence = 0;
    int headerRow = -1;
};

/// The header row of a sheet or file and what its columns mean.
struct HeaderDetection
{
    int headerRow = -1;           ///< index into the preview rows; -1 when no header was found
    QString kind;                 ///< detected (or forced) kind; empty when none
    QString profileName;          ///< MappingProfile::name() of the profile that matched; empty for a built-in one
    double score = 0;             ///< match score of that row for that kind (higher is better)
    double confidence = 0;        ///< 0..1: share of required fields found and of header cells understood;
                                  ///< 0 when fewer than two cells are understood
    QStringList headers;          ///< the header row's cells, trimmed
    QStringList fieldOfColumn;    ///< per column: the canonical field, empty when unmapped
    QHash<QString, int> columnOfField; ///< canonical field -> column
    QList<int> unmappedColumns;   ///< non-empty header cells that match no field and are no question
    QList<int> questionColumns;   ///< survey: columns holding questions (see SurveyQuestionClassifier)
    /// Columns whose header repeats an earlier column's (after
    /// normalizeHeader), each with that earlier column: the earlier one is
    /// used, these are not imported.
    QList<std::pair<int, int>> duplicateColumns;
    QStringList missingRequired;  ///< required fields without a column; "a | b" for a require-any group
    QList<KindScore> candidates;  ///< every kind's best fit, best first, each kind once (for the user to choose)

    bool isValid() const { return headerRow >= 0 && !kind.isEmpty(); }
    /// A header every required field was found in.
    bool isComplete() const { return isValid() && missingRequired.isEmpty(); }
    /// The column of a canonical field, or -1.
    int column(const QString &field) const { return columnOfField.value(field, -1); }
};

/// Finds the header row among the first rows of a sheet or file and decides
/// which kind of import it is: title rows (`2024年5-8月投诉工单明细`), merged
/// title rows and blank rows are passed over, every profile is scored against
/// every candidate row, and the best (row, kind) wins. Pure: it sees rows of
/// strings, never a file.
class HeaderDetector
{
public:
    /// Rows of a file worth looking at for the header.
    static constexpr int maxPreviewRows = 20;

    /// `profiles`: the kinds to consider (built-in by default, or the
    /// workspace's saved profiles); `stages`: the journey stages survey
    /// questions are matched against.
    explicit HeaderDetector(QList<MappingProfile> profiles = MappingProfile::builtInProfiles(),
                            QStringList stages = defaultJourneyStages());

    /// Detects header row and kind from the first rows (at most maxPreviewRows are read).
    HeaderDetection detect(const QList<QStringList> &rows) const;
    /// Detects the header row for a kind the user chose. The kind is kept
    /// even when it fits badly: when no row fits, the first row of two or
    /// more cells is taken as the header, for the user to map by hand
    /// (missingRequired says what is lacking).
    HeaderDetection detect(const QList<QStringList> &rows, QStringView kind) const;
    /// The same with a given (e.g. user-saved) profile.
    HeaderDetection detect(const QList<QStringList> &rows, const MappingProfile &profile) const;

    /// Maps a known header row with a profile (the wizard after the user
    /// picked the header row or edited the profile). headerRow is 0.
    HeaderDetection mapHeader(const QStringList &header, const MappingProfile &profile) const;

    /// The sheet of a workbook whose header fits best.
    struct SheetChoice
    {
        int sheet = -1; ///< index into the previews; -1 when no sheet has a header
        HeaderDetection detection;
    };
    /// Picks among the previews (first rows) of several sheets.
    SheetChoice pickSheet(const QList<QList<QStringList>> &sheetPreviews) const;
    /// Picks the sheet that fits a kind the user chose best.
    SheetChoice pickSheet(const QList<QList<QStringList>> &sheetPreviews, QStringView kind) const;

    const QList<MappingProfile> &profiles() const { return m_profiles; }

private:
    HeaderDetection detectForced(const QList<QStringList> &rows, const QList<MappingProfile> &profiles) const;
    HeaderDetection detectWith(const QList<QStringList> &rows, const QList<MappingProfile> &profiles) const;
    SheetChoice pickWith(const QList<QList<QStringList>> &sheetPreviews, const QList<MappingProfile> &profiles) const;
    QList<MappingProfile> profilesOf(QStringView kind) const;

    QList<MappingProfile> m_profiles;
    SurveyQuestionClassifier m_questions;
};

} // namespace cx
