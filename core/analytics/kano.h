#pragma once

#include "analytics/lifecycle.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// Kano model (卡诺模型) of DESIGN.md: paired functional / dysfunctional
// survey questions, the standard evaluation table, per-feature counts,
// Better/Worse coefficients and the strategy per class and lifecycle phase.

namespace cx {

/// One answer to a Kano question (the functional "if it has …" or the
/// dysfunctional "if it does not have …" form).
enum class KanoAnswer {
    Like,     ///< 1 我喜欢 / like
    Expect,   ///< 2 理所当然 / expect (must-be)
    Neutral,  ///< 3 无所谓 / neutral
    LiveWith, ///< 4 能忍受 / live with
    Dislike,  ///< 5 我不喜欢 / dislike
};

/// Kano class of a feature, or of one respondent's answer pair.
enum class KanoClass {
    Attractive,     ///< A 魅力
    OneDimensional, ///< O 期望
    MustBe,         ///< M 基础
    Indifferent,    ///< I 无差别
    Reverse,        ///< R 反向
    Questionable,   ///< Q 可疑
};

inline constexpr int kKanoClassCount = 6;

/// Reads an answer, ignoring surrounding spaces and case:
/// 我喜欢/喜欢/我很喜欢, 理所当然/理应如此/它理应如此, 无所谓, 能忍受/我能忍受/可以忍受,
/// 我不喜欢/不喜欢/我很不喜欢; like, expect/must-be/must be, neutral/indifferent,
/// live with/live-with/tolerate, dislike; or the numbers 1–5 in that order.
/// Empty when the text is none of these.
std::optional<KanoAnswer> parseKanoAnswer(QStringView text);

/// The standard Kano evaluation table (Berger et al. 1993), functional answer
/// (row) × dysfunctional answer (column):
///
///               Like  Expect  Neutral  LiveWith  Dislike
///     Like       Q      A       A        A         O
///     Expect     R      I       I        I         M
///     Neutral    R      I       I        I         M
///     LiveWith   R      I       I        I         M
///     Dislike    R      R       R        R         Q
KanoClass kanoEvaluate(KanoAnswer functional, KanoAnswer dysfunctional);

/// 'A', 'O', 'M', 'I', 'R', 'Q'.
QChar kanoClassLetter(KanoClass kanoClass);

/// The class of a letter (case-insensitive); empty for any other character.
std::optional<KanoClass> kanoClassFromLetter(QChar letter);

/// Translated name, e.g. "Must-be" (基础).
QString kanoClassName(KanoClass kanoClass);

/// Order in which to act on a class, most urgent first: M 1, O 2, A 3, I 4,
/// R 5 (never build it), Q 6 (recheck the question first).
int kanoPriority(KanoClass kanoClass);

/// Counts of the classes of one feature's answer pairs.
struct KanoTally
{
    std::array<qint64, kKanoClassCount> counts{};
    qint64 unreadable = 0; ///< answer pairs that parseKanoAnswer() could not read

    void add(KanoClass kanoClass, qint64 n = 1);
    /// Evaluates and counts one respondent's pair; an unreadable answer
    /// (including an empty one) is counted in `unreadable` and returns false.
    bool add(QStringView functional, QStringView dysfunctional);

    qint64 count(KanoClass kanoClass) const;
    qint64 total() const; ///< all classified pairs, Q and R included

    /// The feature's class: the most frequent class over A, O, M, I, R, Q.
    /// Ties go to the class that matters more for the product, in the order
    /// M > O > A > I > R > Q (the usual "M > O > A > I" rule, with R and Q
    /// last). Empty when nothing was counted.
    std::optional<KanoClass> dominant() const;

    /// Better = (A + O) / (A + O + M + I): how much having the feature raises
    /// satisfaction, in [0, 1]; NaN when A + O + M + I = 0.
    double better() const;

    /// Worse = −(O + M) / (A + O + M + I): how much lacking it lowers
    /// satisfaction, in [−1, 0]; NaN when A + O + M + I = 0.
    double worse() const;
};

/// What to do about a feature of a class in a lifecycle phase (translated),
/// following DESIGN.md: M first, always; O iterate fast while the product is
/// promoted (Introduction, Growth), else improve steadily; A build a lead while
/// promoted, else a future highlight; I low priority; R never; Q recheck the
/// question.
QString kanoStrategy(KanoClass kanoClass, LifecyclePhase phase);

} // namespace cx
