#include "text/wordlistseditor.h"

#include "text/dictionary.h"
#include "text/keywordextractor.h"
#include "text/painpointtagger.h"

#include <memory>

namespace cx {

WordListsEditor::WordListsEditor(QObject *parent)
    : QObject(parent)
    , m_undo(this)
{
    for (TextListKind kind : textListKinds()) {
        auto *model = new WordListModel(kind, this);
        model->setUndoStack(&m_undo);
        m_models[std::size_t(kind)] = model;
    }
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

void WordListsEditor::load(const TextLists &lists)
{
    m_undo.clear();
    for (TextListKind kind : textListKinds())
        model(kind)->load(lists.text(kind), lists.isDefault(kind));
    m_undo.setClean();
}

void WordListsEditor::resetToDefault(TextListKind kind)
{
    model(kind)->replace(TextLists::defaults().text(kind), true, tr("Reset %1 to the default").arg(textListTitle(kind)), nullptr);
}

std::array<std::optional<QString>, 3> WordListsEditor::texts() const
{
    std::array<std::optional<QString>, 3> result;
    for (TextListKind kind : textListKinds())
        if (!model(kind)->isDefault())
            result[std::size_t(kind)] = model(kind)->text();
    return result;
}

TextPreview WordListsEditor::preview(const QString &sentence) const
{
    TextPreview result;
    auto dictionary = std::make_shared<const Dictionary>(parseTerms(model(TextListKind::Terms)->text()));
    KeywordExtractor extractor(dictionary, parseStopWords(model(TextListKind::StopWords)->text()));
    result.words = extractor.segmenter().words(sentence);
    for (const QString &keyword : extractor.keywords(sentence))
        result.keywords << KeywordExtractor::displayText(keyword);
    PainPointTagger tagger(parseTagRules(model(TextListKind::Tags)->text()));
    result.tags = tagger.tagNames(sentence);
    return result;
}

} // namespace cx
