#pragma once
// What the review-pack tests share: a small well-formedness check of the HTML export
// (tags closed in order, attributes quoted, no stray '<' or '&'), the resource references
// a page would fetch, and the models they run on.

#include "exportertesting.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace seam::testing {

// Empty when `html` is well-formed; else what is wrong and where.
inline QString wellFormedProblem(const QString &html)
{
    static const QSet<QString> voidElements {"area", "base", "br", "col", "hr", "img", "input", "link", "meta", "wbr"};
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QRegularExpression name(QStringLiteral("^[a-zA-Z][a-zA-Z0-9:-]*"));
    QStringList open;
    const auto at = [&](qsizetype i) { return QStringLiteral(" at offset %1: …%2…").arg(i).arg(html.mid(i, 60)); };
    const auto checkText = [&](qsizetype from, qsizetype to) -> QString {
        for (qsizetype i = from; i < to; ++i)
            if (html[i] == '&' && !entity.match(html.mid(i, 12)).hasMatch())
                return "a bare '&'" + at(i);
        return {};
    };
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf('<', i);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (QString problem = checkText(i, textEnd); !problem.isEmpty())
            return problem;
        if (lt < 0)
            break;
        if (html.mid(lt, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", lt);
            if (end < 0)
                return "an unclosed comment" + at(lt);
            i = end + 3;
            continue;
        }
        if (html.mid(lt, 9).compare("<!DOCTYPE", Qt::CaseInsensitive) == 0) {
            i = html.indexOf('>', lt) + 1;
            continue;
        }
        const bool closing = html.mid(lt, 2) == "</";
        qsizetype p = lt + (closing ? 2 : 1);
        const QRegularExpressionMatch tag = name.match(html.mid(p, 40));
        if (!tag.hasMatch())
            return "a '<' that starts no tag" + at(lt);
        const QString tagName = tag.captured(0).toLower();
        p += tag.capturedLength();
        if (closing) {
            if (open.isEmpty() || open.last() != tagName)
                return "</" + tagName + "> closes " + (open.isEmpty() ? "nothing" : "<" + open.last() + ">") + at(lt);
            open.removeLast();
            if (html[p] != '>')
                return "a closing tag with more in it" + at(lt);
            i = p + 1;
            continue;
        }
        bool selfClosing = false;
        while (true) {
            while (p < html.size() && html[p].isSpace())
                ++p;
            if (p >= html.size())
                return "an unterminated tag" + at(lt);
            if (html[p] == '>') {
                ++p;
                break;
            }
            if (html.mid(p, 2) == "/>") {
                selfClosing = true;
                p += 2;
                break;
            }
            const qsizetype nameStart = p;
            while (p < html.size() && !html[p].isSpace() && html[p] != '=' && html[p] != '>' && html[p] != '/'
                   && html[p] != '<' && html[p] != '"')
                ++p;
            if (p == nameStart)
                return "a malformed attribute" + at(p);
            if (html[p] == '=') {
                if (html[p + 1] != '"')
                    return "an unquoted attribute value" + at(p);
                const qsizetype close = html.indexOf('"', p + 2);
                if (close < 0)
                    return "an unterminated attribute value" + at(p);
                if (html.mid(p + 2, close - p - 2).contains('<'))
                    return "a '<' inside an attribute value" + at(p);
                if (QString problem = checkText(p + 2, close); !problem.isEmpty())
                    return problem;
                p = close + 1;
            }
        }
        i = p;
        if (tagName == "style") { // raw text up to its end tag
            const qsizetype end = html.indexOf("</style>", i);
            if (end < 0)
                return "an unclosed <style>" + at(lt);
            i = end + 8;
            continue;
        }
        if (!selfClosing && !voidElements.contains(tagName))
            open.append(tagName);
    }
    return open.isEmpty() ? QString() : "unclosed elements: " + open.join(", ");
}

// Every src/href-like attribute value: what a browser would load or follow.
inline QStringList referencedResources(const QString &html)
{
    // (A plain string literal: moc misreads raw strings holding parentheses.)
    static const QRegularExpression attribute(
        QStringLiteral("(?:^|[\\s<])((?:xlink:)?href|src|srcset|action|poster|data|background)\\s*=\\s*\"([^\"]*)\""));
    QStringList out;
    for (auto it = attribute.globalMatch(html); it.hasNext();)
        out << it.next().captured(2);
    return out;
}

inline QString reviewPackModel()
{
    return kTestDir + "/data/reviewpack.seam.yaml";
}

inline QStringList exampleModels()
{
    QStringList out;
    for (const QString &file : QDir(kExamples).entryList({"*.seam.yaml"}, QDir::Files, QDir::Name))
        out << kExamples + "/" + file;
    return out;
}

} // namespace seam::testing
