#include "vocabularysingleton.h"

#include "model/vocabulary.h"

#include <QDebug>
#include <QLatin1StringView>

#include <cmath>

namespace seam {

namespace {

QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}

template <typename Row> const Row *find(std::span<const Row> table, const QString &spelling, const char *what)
{
    for (const Row &row : table)
        if (spelling == latin1(row.spelling))
            return &row;
    if (!spelling.isEmpty())
        qWarning().noquote() << "Vocabulary: unknown" << what << spelling;
    return nullptr;
}

const KindInfo *kind(const QString &spelling)
{
    return find(kindTable(), spelling, "component kind");
}
const PatternInfo *pattern(const QString &spelling)
{
    return find(patternTable(), spelling, "pattern");
}
const ZoneInfo *zone(const QString &spelling)
{
    return find(zoneTable(), spelling, "zone");
}

QColor colour(const ThemeColour &c, bool dark)
{
    return QColor(latin1(dark ? c.dark : c.light));
}

template <typename Row> QStringList spellings(std::span<const Row> table)
{
    QStringList out;
    for (const Row &row : table)
        out.append(latin1(row.spelling));
    return out;
}

} // namespace

Vocabulary::Vocabulary(QObject *parent)
    : QObject(parent)
{
}

QStringList Vocabulary::kinds()
{
    return spellings(kindTable());
}
QStringList Vocabulary::patterns()
{
    return spellings(patternTable());
}

QStringList Vocabulary::zones()
{
    return spellings(zoneTable());
}

QColor Vocabulary::kindColor(const QString &spelling, bool dark)
{
    const KindInfo *info = kind(spelling);
    return info ? colour(info->badge, dark) : QColor(Qt::transparent);
}

QUrl Vocabulary::kindIcon(const QString &spelling)
{
    const KindInfo *info = kind(spelling);
    return info ? QUrl(QStringLiteral("qrc:/seam/icons/") + latin1(info->icon)) : QUrl();
}

QString Vocabulary::kindTitle(const QString &spelling)
{
    const KindInfo *info = kind(spelling);
    return info ? QString(latin1(info->title)) : spelling;
}

qreal Vocabulary::badgeRadius(const QString &spelling, qreal side)
{
    const KindInfo *info = kind(spelling);
    if (info && info->badgeShape == BadgeShape::Round)
        return side / 2;
    return std::floor(side / 4); // whole pixels: 7 on 28-pixel card badges, 5 on 22-pixel palette ones
}

QColor Vocabulary::patternColor(const QString &spelling, bool dark)
{
    const PatternInfo *info = pattern(spelling);
    return info ? colour(info->edge, dark) : QColor(Qt::transparent);
}

QString Vocabulary::patternTitle(const QString &spelling)
{
    const PatternInfo *info = pattern(spelling);
    return info ? QString(latin1(info->title)) : spelling;
}

bool Vocabulary::isSyncPattern(const QString &spelling)
{
    const PatternInfo *info = pattern(spelling);
    return info && info->sync;
}

QColor Vocabulary::zoneColor(const QString &spelling, bool dark)
{
    const ZoneInfo *info = zone(spelling);
    return info ? colour(info->hue, dark) : QColor(Qt::transparent);
}

QString Vocabulary::zoneTitle(const QString &spelling)
{
    const ZoneInfo *info = zone(spelling);
    return info ? QString(latin1(info->title)) : spelling;
}

} // namespace seam
