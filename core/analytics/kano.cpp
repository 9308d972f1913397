#include "analytics/kano.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

using enum KanoClass;

/// kKanoTable[functional][dysfunctional], answers in KanoAnswer order.
constexpr KanoClass kKanoTable[5][5] = {
    //            Like          Expect       Neutral      LiveWith     Dislike
    /* Like     */ {Questionable, Attractive, Attractive, Attractive, OneDimensional},
    /* Expect   */ {Reverse, Indifferent, Indifferent, Indifferent, MustBe},
    /* Neutral  */ {Reverse, Indifferent, Indifferent, Indifferent, MustBe},
    /* LiveWith */ {Reverse, Indifferent, Indifferent, Indifferent, MustBe},
    /* Dislike  */ {Reverse, Reverse, Reverse, Reverse, Questionable},
};

constexpr char16_t kLetters[kKanoClassCount] = {u'A', u'O', u'M', u'I', u'R', u'Q'};

/// Tie order of KanoTally::dominant(): the class listed first wins a tie.
constexpr KanoClass kTiePriority[kKanoClassCount] = {MustBe, OneDimensional, Attractive,
                                                     Indifferent, Reverse, Questionable};

struct AnswerSpelling
{
    QStringView text; // case-folded, single spaces
    KanoAnswer answer;
};

const AnswerSpelling kSpellings[] = {
    {u"1", KanoAnswer::Like},
    {u"我喜欢", KanoAnswer::Like},
    {u"喜欢", KanoAnswer::Like},
    {u"我很喜欢", KanoAnswer::Like},
    {u"like", KanoAnswer::Like},
    {u"2", KanoAnswer::Expect},
    {u"理所当然", KanoAnswer::Expect},
    {u"理应如此", KanoAnswer::Expect},
    {u"它理应如此", KanoAnswer::Expect},
    {u"expect", KanoAnswer::Expect},
    {u"must be", KanoAnswer::Expect},
    {u"3", KanoAnswer::Neutral},
    {u"无所谓", KanoAnswer::Neutral},
    {u"neutral", KanoAnswer::Neutral},
    {u"indifferent", KanoAnswer::Neutral},
    {u"4", KanoAnswer::LiveWith},
    {u"能忍受", KanoAnswer::LiveWith},
    {u"我能忍受", KanoAnswer::LiveWith},
    {u"可以忍受", KanoAnswer::LiveWith},
    {u"live with", KanoAnswer::LiveWith},
    {u"tolerate", KanoAnswer::LiveWith},
    {u"5", KanoAnswer::Dislike},
    {u"我不喜欢", KanoAnswer::Dislike},
    {u"不喜欢", KanoAnswer::Dislike},
    {u"我很不喜欢", KanoAnswer::Dislike},
    {u"dislike", KanoAnswer::Dislike},
};

/// Introduction and Growth: the product is being promoted (推广期).
bool isPromoted(LifecyclePhase phase)
{
    return phase == LifecyclePhase::Introduction || phase == LifecyclePhase::Growth;
}

} // namespace

std::optional<KanoAnswer> parseKanoAnswer(QStringView text)
{
    QString key = text.trimmed().toString().toCaseFolded();
    key.replace(u'-', u' ').replace(u'_', u' ');
    key = key.simplified();
    for (const AnswerSpelling &s : kSpellings) {
        if (key == s.text)
            return s.answer;
    }
    return std::nullopt;
}

KanoClass kanoEvaluate(KanoAnswer functional, KanoAnswer dysfunctional)
{
    return kKanoTable[int(functional)][int(dysfunctional)];
}

QChar kanoClassLetter(KanoClass kanoClass)
{
    return QChar(kLetters[int(kanoClass)]);
}

std::optional<KanoClass> kanoClassFromLetter(QChar letter)
{
    const QChar upper = letter.toUpper();
    for (int i = 0; i < kKanoClassCount; ++i) {
        if (upper == QChar(kLetters[i]))
            return KanoClass(i);
    }
    return std::nullopt;
}

QString kanoClassName(KanoClass kanoClass)
{
    switch (kanoClass) {
    case Attractive:
        return QCoreApplication::translate("cx::Kano", "Attractive");
    case OneDimensional:
        return QCoreApplication::translate("cx::Kano", "One-dimensional");
    case MustBe:
        return QCoreApplication::translate("cx::Kano", "Must-be");
    case Indifferent:
        return QCoreApplication::translate("cx::Kano", "Indifferent");
    case Reverse:
        return QCoreApplication::translate("cx::Kano", "Reverse");
    case Questionable:
        return QCoreApplication::translate("cx::Kano", "Questionable");
    }
    return {};
}

int kanoPriority(KanoClass kanoClass)
{
    for (int i = 0; i < kKanoClassCount; ++i) {
        if (kTiePriority[i] == kanoClass)
            return i + 1;
    }
    return kKanoClassCount;
}

void KanoTally::add(KanoClass kanoClass, qint64 n)
{
    counts[size_t(kanoClass)] += n;
}

bool KanoTally::add(QStringView functional, QStringView dysfunctional)
{
    const auto f = parseKanoAnswer(functional);
    const auto d = parseKanoAnswer(dysfunctional);
    if (!f || !d) {
        ++unreadable;
        return false;
    }
    add(kanoEvaluate(*f, *d));
    return true;
}

qint64 KanoTally::count(KanoClass kanoClass) const
{
    return counts[size_t(kanoClass)];
}

qint64 KanoTally::total() const
{
    qint64 sum = 0;
    for (qint64 c : counts)
        sum += c;
    return sum;
}

std::optional<KanoClass> KanoTally::dominant() const
{
    std::optional<KanoClass> best;
    for (KanoClass c : kTiePriority) {
        if (count(c) > 0 && (!best || count(c) > count(*best)))
            best = c;
    }
    return best;
}

double KanoTally::better() const
{
    const double base = double(count(Attractive) + count(OneDimensional) + count(MustBe) + count(Indifferent));
    return base > 0 ? double(count(Attractive) + count(OneDimensional)) / base : kNaN;
}

double KanoTally::worse() const
{
    const double base = double(count(Attractive) + count(OneDimensional) + count(MustBe) + count(Indifferent));
    return base > 0 ? -double(count(OneDimensional) + count(MustBe)) / base : kNaN;
}

QString kanoStrategy(KanoClass kanoClass, LifecyclePhase phase)
{
    switch (kanoClass) {
    case MustBe:
        return QCoreApplication::translate(
            "cx::Kano", "Basic need: fix it first, in every phase. When it fails, customers complain and leave.");
    case OneDimensional:
        if (isPromoted(phase))
            return QCoreApplication::translate("cx::Kano", "Performance need while the product is promoted: "
                                                           "iterate fast, every improvement raises satisfaction.");
        return QCoreApplication::translate("cx::Kano", "Performance need: keep improving it step by step and "
                                                       "measure satisfaction after each step.");
    case Attractive:
        if (isPromoted(phase))
            return QCoreApplication::translate("cx::Kano", "Delighter while the product is promoted: use it to "
                                                           "build a lead over competitors.");
        return QCoreApplication::translate("cx::Kano", "Delighter: build it as a future highlight once the basic "
                                                       "and performance needs are met.");
    case Indifferent:
        return QCoreApplication::translate("cx::Kano", "Indifferent: low priority. Customers do not care either way.");
    case Reverse:
        return QCoreApplication::translate(
            "cx::Kano", "Reverse: never build it. Customers are put off by it; consider removing it.");
    case Questionable:
        return QCoreApplication::translate("cx::Kano", "Questionable: the answers contradict each other. Check the "
                                                       "wording of the question before acting.");
    }
    return {};
}

} // namespace cx
