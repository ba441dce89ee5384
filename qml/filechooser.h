#pragma once
// File ▸ Open, Save As, Import and the export folder: Qt's file dialog (the desktop's own
// where the platform has one, else Qt Widgets'), because the Qt Quick fallback of Qt 6.4
// labels its Save button "Open", does not save on Enter, and has no path field to type in.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <QtQml/qqmlregistration.h>

class QFileDialog;

namespace seam {

class FileChooser : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title MEMBER m_title NOTIFY settingsChanged)
    Q_PROPERTY(Mode mode MEMBER m_mode NOTIFY settingsChanged)
    Q_PROPERTY(QStringList nameFilters MEMBER m_nameFilters NOTIFY settingsChanged)
    // Added to a typed name without one; follows the chosen filter ("*.seam.json").
    Q_PROPERTY(QString defaultSuffix MEMBER m_defaultSuffix NOTIFY settingsChanged)
    // Where the dialog starts: a folder, or a file path (preselected, for Save).
    Q_PROPERTY(QString startPath MEMBER m_startPath NOTIFY settingsChanged)
    // Local paths chosen by the last accepted dialog.
    Q_PROPERTY(QString selectedFile READ selectedFile NOTIFY accepted)
    Q_PROPERTY(QStringList selectedFiles READ selectedFiles NOTIFY accepted)
    Q_PROPERTY(bool visible READ isVisible NOTIFY visibleChanged)

public:
    enum Mode { OpenFile, OpenFiles, SaveFile, Folder };
    Q_ENUM(Mode)

    explicit FileChooser(QObject *parent = nullptr);
    ~FileChooser() override;

    QString selectedFile() const { return m_selected.value(0); }
    QStringList selectedFiles() const { return m_selected; }
    bool isVisible() const { return !m_dialog.isNull(); }

    Q_INVOKABLE void open();
    Q_INVOKABLE void reject();

signals:
    void settingsChanged();
    void visibleChanged();
    void accepted();
    void rejected();

private:
    QString m_title;
    Mode m_mode = OpenFile;
    QStringList m_nameFilters;
    QString m_defaultSuffix;
    QString m_startPath;
    QStringList m_selected;
    QPointer<QFileDialog> m_dialog;
};

} // namespace seam
