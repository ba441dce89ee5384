#include "filechooser.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWindow>

namespace seam {

namespace {

// "Seam JSON (*.seam.json)" → "seam.json"; "" for "All files (*)".
QString suffixOfFilter(const QString &filter)
{
    static const QRegularExpression glob(QStringLiteral(R"(\*\.([\w.]+))"));
    const QRegularExpressionMatch m = glob.match(filter);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

FileChooser::FileChooser(QObject *parent)
    : QObject(parent)
{
}

FileChooser::~FileChooser()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void FileChooser::open()
{
    if (m_dialog)
        return;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        qWarning("FileChooser: needs a QApplication (Qt Widgets) to show a file dialog");
        emit rejected();
        return;
    }
    QString start = m_startPath;
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(nullptr, m_title);
    dialog->setObjectName(QStringLiteral("seamFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    switch (m_mode) {
    case OpenFile:
        dialog->setFileMode(QFileDialog::ExistingFile);
        break;
    case OpenFiles:
        dialog->setFileMode(QFileDialog::ExistingFiles);
        break;
    case SaveFile:
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        break;
    case Folder:
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    if (!m_nameFilters.isEmpty() && m_mode != Folder)
        dialog->setNameFilters(m_nameFilters);
    dialog->setDefaultSuffix(m_defaultSuffix);
    const QFileInfo info(start);
    if (info.isDir()) {
        dialog->setDirectory(start);
    } else {
        dialog->setDirectory(info.absolutePath());
        if (m_mode == SaveFile)
            dialog->selectFile(info.fileName());
    }
    if (m_mode == SaveFile)
        connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, this](const QString &filter) {
            const QString suffix = suffixOfFilter(filter);
            dialog->setDefaultSuffix(suffix.isEmpty() ? m_defaultSuffix : suffix);
        });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_dialog.clear();
        emit visibleChanged();
        if (result == QDialog::Accepted && !dialog->selectedFiles().isEmpty()) {
            m_selected = dialog->selectedFiles();
            emit accepted();
        } else {
            emit rejected();
        }
    });
    m_dialog = dialog;
    dialog->winId(); // a native window to parent to the editor's
    if (QWindow *handle = dialog->windowHandle())
        handle->setTransientParent(QGuiApplication::focusWindow());
    dialog->open();
    emit visibleChanged();
}

void FileChooser::reject()
{
    if (m_dialog)
        m_dialog->reject();
}

} // namespace seam
