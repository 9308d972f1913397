#include "import/headerdetector.h"

#include "import/textnormalize.h"

#include <QSet>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

int nonEmptyCells(const QStringList &row)
{
    return int(std::count_if(row.cbegin(), row.cend(), [](const QString &cell) {
        return !trimmedView(cell).isEmpty();
    }));
}

// Questions that measure something earn a column as much as a field does;
// free text and unrecognised columns of a survey earn less.
double questionWeight(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Other:
        return 0;
    case QuestionKind::FreeText:
        return 0.5;
    default:
        return 1;
    }
}

} // namespace

HeaderDetector::HeaderDetector(QList<MappingProfile> profiles, QStringList stages)
    : m_profiles(std::move(profiles))
    , m_questions(std::move(stages))
{
}

HeaderDetection HeaderDetector::mapHeader(const QStringList &header, const MappingProfile &profile) const
{
    HeaderDetection result;
    result.headerRow = 0;
    result.kind = profile.kind();
    result.profileName = profile.name();
    result.fieldOfColumn.resize(header.size());
    for (const QString &cell : header)
        result.headers << trimmedView(cell).toString();

    struct Candidate
    {
        double quality;
        int column;
        int field;
    };
    QList<Candidate> candidates;
    QList<double> questionCredit(header.size(), 0);
    const bool survey = profile.extraColumns() == ExtraColumns::SurveyQuestions;
    QHash<QString, int> firstOfKey;
    QSet<int> repeated;
    int cells = 0;
    for (int column = 0; column < header.size(); ++column) {
        const QString &cell = result.headers.at(column);
        if (cell.isEmpty())
            continue;
        ++cells;
        // A header seen before names the same thing: the first column is
        // used (and the repeat is neither a field nor a question).
        const QString key = normalizeHeader(cell);
        if (const auto first = firstOfKey.constFind(key); !key.isEmpty() && first != firstOfKey.cend()) {
            result.duplicateColumns.append({column, *first});
            repeated.insert(column);
            continue;
        }
        firstOfKey.insert(key, column);
        const MappingProfile::HeaderMatch match = profile.matchHeader(cell);
        // A survey question is never taken for a field merely because it
        // contains a field's synonym ("您所在的地市对…满意度").
        if (survey && match.quality < 1) {
            questionCredit[column] = questionWeight(m_questions.classify(cell).kind);
            if (questionCredit.at(column) > 0)
                continue;
        }
        if (match.field >= 0)
            candidates.append({match.quality, column, match.field});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.quality > b.quality; });

    const QList<FieldSpec> &fields = profile.fields();
    double score = 0;
    int understood = 0;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QString &name = fields.at(candidate.field).name;
        if (!result.fieldOfColumn.at(candidate.column).isEmpty() || result.columnOfField.contains(name))
            continue;
        result.fieldOfColumn[candidate.column] = name;
        result.columnOfField.insert(name, candidate.column);
        score += candidate.quality;
        ++understood;
    }
    for (int column = 0; column < header.size(); ++column) {
        if (result.headers.at(column).isEmpty() || !result.fieldOfColumn.at(column).isEmpty()
            || repeated.contains(column))
            continue;
        if (survey) {
            result.questionColumns.append(column);
            score += questionCredit.at(column);
            understood += questionCredit.at(column) > 0 ? 1 : 0;
        } else {
            result.unmappedColumns.append(column);
        }
    }

    int requirements = 0;
    int met = 0;
    for (const FieldSpec &field : fields) {
        if (!field.required)
            continue;
        ++requirements;
        if (result.columnOfField.contains(field.name)) {
            ++met;
            score += 1;
        } else {
            result.missingRequired << field.name;
            score -= 1;
        }
    }
    for (const QStringList &group : profile.requireAnyOf()) {
        ++requirements;
        if (std::any_of(group.cbegin(), group.cend(), [&](const QString &name) {
                return result.columnOfField.contains(name);
            })) {
            ++met;
        } else {
            result.missingRequired << group.join(u" | "_s);
            score -= 1;
        }
    }

    const double requiredShare = requirements == 0 ? 1.0 : double(met) / requirements;
    const double cellShare = cells == 0 ? 0.0 : double(understood) / cells;
    result.score = score;
    // A single recognised cell is no evidence of a header: data rows have
    // those too ("雷州市-网格12" contains "网格").
    result.confidence = understood < 2 ? 0.0 : 0.6 * requiredShare + 0.4 * cellShare;
    return result;
}

HeaderDetection HeaderDetector::detectWith(const QList<QStringList> &rows, const QList<MappingProfile> &profiles) const
{
    HeaderDetection best;
    QList<KindScore> perKind;
    for (const MappingProfile &profile : profiles)
        perKind.append({profile.kind(), 0, 0, -1});

    const int rowCount = int(std::min<qsizetype>(rows.size(), maxPreviewRows));
    for (int row = 0; row < rowCount; ++row) {
        // Title rows, merged title rows and blank rows have at most one cell.
        if (nonEmptyCells(rows.at(row)) < 2)
            continue;
        for (qsizetype p = 0; p < profiles.size(); ++p) {
            HeaderDetection detection = mapHeader(rows.at(row), profiles.at(p));
            if (detection.confidence <= 0)
                continue;
            detection.headerRow = row;
            KindScore &kindScore = perKind[p];
            if (kindScore.headerRow < 0 || detection.score > kindScore.score)
                kindScore = {detection.kind, detection.score, detection.confidence, row};
            if (!best.isValid() || detection.score > best.score)
                best = std::move(detection);
        }
    }
    perKind.removeIf([](const KindScore &kindScore) { return kindScore.headerRow < 0; });
    std::stable_sort(perKind.begin(), perKind.end(),
                     [](const KindScore &a, const KindScore &b) { return a.score > b.score; });
    // A saved profile and the built-in one of the same kind: the kind once, at its best.
    QSet<QString> seen;
    perKind.removeIf([&seen](const KindScore &kindScore) {
        const bool repeated = seen.contains(kindScore.kind);
        seen.insert(kindScore.kind);
        return repeated;
    });
    best.candidates = perKind;
    return best;
}

HeaderDetection HeaderDetector::detect(const QList<QStringList> &rows) const
{
    return detectWith(rows, m_profiles);
}

HeaderDetection HeaderDetector::detect(const QList<QStringList> &rows, QStringView kind) const
{
    return detectForced(rows, profilesOf(kind));
}

HeaderDetection HeaderDetector::detect(const QList<QStringList> &rows, const MappingProfile &profile) const
{
    return detectForced(rows, {profile});
}

HeaderDetection HeaderDetector::detectForced(const QList<QStringList> &rows,
                                             const QList<MappingProfile> &profiles) const
{
    HeaderDetection detection = detectWith(rows, profiles);
    if (detection.isValid() || profiles.isEmpty())
        return detection;
    // The user named the kind, so the header is only badly matched: offer
    // the first row that looks like one, for the columns to be mapped by hand.
    const int rowCount = int(std::min<qsizetype>(rows.size(), maxPreviewRows));
    for (int row = 0; row < rowCount; ++row) {
        if (nonEmptyCells(rows.at(row)) >= 2) {
            detection = mapHeader(rows.at(row), profiles.constFirst());
            detection.headerRow = row;
            return detection;
        }
    }
    detection.kind = profiles.constFirst().kind();
    return detection;
}

HeaderDetector::SheetChoice HeaderDetector::pickWith(const QList<QList<QStringList>> &sheetPreviews,
                                                     const QList<MappingProfile> &profiles) const
{
    SheetChoice choice;
    for (qsizetype sheet = 0; sheet < sheetPreviews.size(); ++sheet) {
        HeaderDetection detection = detectWith(sheetPreviews.at(sheet), profiles);
        if (detection.isValid() && (choice.sheet < 0 || detection.score > choice.detection.score))
            choice = {int(sheet), std::move(detection)};
    }
    return choice;
}

HeaderDetector::SheetChoice HeaderDetector::pickSheet(const QList<QList<QStringList>> &sheetPreviews) const
{
    return pickWith(sheetPreviews, m_profiles);
}

HeaderDetector::SheetChoice HeaderDetector::pickSheet(const QList<QList<QStringList>> &sheetPreviews,
                                                      QStringView kind) const
{
    return pickWith(sheetPreviews, profilesOf(kind));
}

QList<MappingProfile> HeaderDetector::profilesOf(QStringView kind) const
{
    QList<MappingProfile> profiles;
    for (const MappingProfile &profile : m_profiles)
        if (profile.kind() == kind)
            profiles.append(profile);
    if (profiles.isEmpty())
        if (const MappingProfile builtIn = MappingProfile::builtIn(kind); builtIn.isValid())
            profiles.append(builtIn);
    return profiles;
}

} // namespace cx
