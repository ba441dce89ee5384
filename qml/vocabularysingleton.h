#pragma once
// The QML face of the vocabulary table (model/vocabulary.h): kind badges,
// icons and titles, pattern colours, zone colours and labels. Theme, the cards and the palette read
// kinds from here, so a new kind needs no QML change.

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <QtQml/qqmlregistration.h>

namespace seam {

class Vocabulary : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Spellings in enum order ("client", … / "rest", …).
    Q_PROPERTY(QStringList kinds READ kinds CONSTANT)
    Q_PROPERTY(QStringList patterns READ patterns CONSTANT)
    Q_PROPERTY(QStringList zones READ zones CONSTANT) // "public", "dmz", "internal", "third-party"

public:
    explicit Vocabulary(QObject *parent = nullptr);

    static QStringList kinds();
    static QStringList patterns();
    static QStringList zones();

    // An unknown kind or pattern (a programming error: the models only hand out
    // table spellings) is transparent, has no icon and is logged; "" is silent.
    Q_INVOKABLE static QColor kindColor(const QString &kind, bool dark);
    Q_INVOKABLE static QUrl kindIcon(const QString &kind); // qrc:/seam/icons/kind-….svg
    Q_INVOKABLE static QString kindTitle(const QString &kind);
    // Corner radius of a kind badge `side` pixels wide: circles for data stores.
    Q_INVOKABLE static qreal badgeRadius(const QString &kind, qreal side);

    Q_INVOKABLE static QColor patternColor(const QString &pattern, bool dark);
    Q_INVOKABLE static QString patternTitle(const QString &pattern);
    Q_INVOKABLE static bool isSyncPattern(const QString &pattern);

    // A trust zone's boundary outline and label colour, and its label ("DMZ").
    Q_INVOKABLE static QColor zoneColor(const QString &zone, bool dark);
    Q_INVOKABLE static QString zoneTitle(const QString &zone);
};

} // namespace seam
