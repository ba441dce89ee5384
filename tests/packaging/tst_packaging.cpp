// The Debian package as a user and a Debian reviewer see it: cpack builds it from this build
// tree, it is unpacked into a fresh root, and the unpacked seam-cli and seam run from there.
// Its Depends must name every QML module the user interface loads at run time, which
// dpkg-shlibdeps cannot see, so that `apt install ./seam_*.deb` on a machine without the build
// dependencies gives a working editor.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLibraryInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <unistd.h>

namespace {

const QString kSourceDir = QStringLiteral(SEAM_SOURCE_DIR);
const QString kBinaryDir = QStringLiteral(SEAM_BINARY_DIR);
const QString kVersion = QStringLiteral(SEAM_VERSION);

struct Run {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1%2\n--- stdout\n%3\n--- stderr\n%4")
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish)"))
            .arg(QString::fromLocal8Bit(out.left(4000)), QString::fromLocal8Bit(err.left(4000)));
    }
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 300000,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), const QString &cwd = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!cwd.isEmpty())
        process.setWorkingDirectory(cwd);
    process.start(program, args);
    Run result;
    if (!process.waitForStarted(30000)) {
        result.err = "could not start " + program.toLocal8Bit();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = result.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray gunzip(const QString &path)
{
    return run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path}).out;
}

// `Depends: a (>= 1), b | c` -> {a, b, c}
QSet<QString> packageNames(const QString &field)
{
    QSet<QString> names;
    for (const QString &clause : field.split(QLatin1Char(',')))
        for (const QString &alternative : clause.split(QLatin1Char('|'))) {
            const QString name = alternative.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0);
            if (!name.isEmpty())
                names.insert(name);
        }
    return names;
}

// Module URIs named by `import X` lines of QML text (also QML embedded in Qt's libraries).
QSet<QString> importsIn(const QByteArray &text)
{
    QSet<QString> uris;
    static const QByteArray marker("import ");
    for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        if (at > 0 && text[at - 1] != '\n' && text[at - 1] != '\0' && text[at - 1] != '\r')
            continue;
        qsizetype end = at + marker.size();
        while (end < text.size() && (std::isalnum(uchar(text[end])) || text[end] == '.'))
            ++end;
        const QByteArray uri = text.mid(at + marker.size(), end - at - marker.size());
        if (!uri.isEmpty() && std::isalpha(uchar(uri[0])) && !uri.endsWith('.'))
            uris.insert(QString::fromLatin1(uri));
    }
    return uris;
}

// Styles Qt Quick Controls imports optionally but ships only on other platforms.
const QSet<QString> kOtherPlatformModules
    = {QStringLiteral("QtQuick.Controls.Windows"), QStringLiteral("QtQuick.Controls.macOS"),
       QStringLiteral("QtQuick.Controls.iOS")};

QString moduleDir(const QString &uri)
{
    return QLibraryInfo::path(QLibraryInfo::QmlImportsPath) + QLatin1Char('/')
        + QString(uri).replace(QLatin1Char('.'), QLatin1Char('/'));
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void packageFileName();
    void controlFields();
    void dependsCoverQmlImports();
    void dependsCoverImagePlugins();
    void installedFiles();
    void cmakeInstallMatchesPackage();
    void binariesAreStrippedAndRelocatable();
    void desktopEntry();
    void appstreamMetainfo();
    void mimeTypes();
    void icons();
    void manPages_data();
    void manPages();
    void changelogMatchesVersion();
    void cliOnInstalledExample_data();
    void cliOnInstalledExample();
    void editorStartsFromInstalledFiles();
    void lintianHasNoUnjustifiedErrors();

private:
    QString root(const QString &path = {}) const { return m_tmp.path() + QStringLiteral("/root/") + path; }
    QProcessEnvironment cleanEnvironment() const;
    QSet<QString> dependsNames() const { return packageNames(m_control.value(QStringLiteral("Depends"))); }
    QString owningPackage(const QString &path) const;
    Run runWithoutSourceTree(const QString &program, const QStringList &args, int timeoutMs) const;

    QTemporaryDir m_tmp;
    QString m_deb;
    QMap<QString, QString> m_control;
    QStringList m_files; // relative to the unpacked root, e.g. usr/bin/seam
};

QProcessEnvironment TestPackaging::cleanEnvironment() const
{
    // Nothing that could point the installed programs at the build tree or change what Qt loads.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_DEBUG_PLUGINS", "QML_IMPORT_PATH", "QML2_IMPORT_PATH", "QT_PLUGIN_PATH",
                             "QT_QPA_PLATFORM", "QT_QPA_PLATFORM_PLUGIN_PATH", "LD_LIBRARY_PATH",
                             "QT_QUICK_CONTROLS_STYLE", "QML_IMPORT_TRACE", "QT_LOGGING_RULES"})
        env.remove(QString::fromLatin1(name));
    QDir(m_tmp.path()).mkpath(QStringLiteral("home"));
    QDir(m_tmp.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(m_tmp.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("HOME"), m_tmp.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("home/.local/share")));
    return env;
}

// Runs an unpacked program in a mount namespace where the source and build trees are hidden
// under empty tmpfs mounts, so it cannot quietly load anything from them.
Run TestPackaging::runWithoutSourceTree(const QString &program, const QStringList &args, int timeoutMs) const
{
    static const char *script
        = "for d in \"$1\" \"$2\"; do if [ -d \"$d\" ]; then mount -t tmpfs seam-hidden \"$d\" || "
          "{ echo \"cannot hide $d\" >&2; exit 97; }; fi; done; "
          "if [ -e \"$2/CMakeCache.txt\" ] || [ -e \"$1/CMakeLists.txt\" ]; then echo 'trees still visible' >&2; exit "
          "98; fi; "
          "shift 2; exec \"$@\"";
    return run(QStringLiteral("unshare"),
               QStringList {QStringLiteral("--mount"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                            QString::fromLatin1(script), QStringLiteral("sh"), kSourceDir, kBinaryDir, program}
                   + args,
               timeoutMs, cleanEnvironment(), m_tmp.path());
}

QString TestPackaging::owningPackage(const QString &path) const
{
    const Run r = run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), path}, 60000);
    if (r.exitCode != 0)
        return {};
    // "qml6-module-qtquick:amd64: /usr/lib/…" (one line per owner; diversions aside, one owner)
    return QString::fromLocal8Bit(r.out).section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(':'), 0, 0).trimmed();
}

void TestPackaging::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(!m_tmp.path().startsWith(kSourceDir) && !m_tmp.path().startsWith(kBinaryDir),
             "TMPDIR must be outside the source and build trees, which the test hides");

    // Tools this test drives, and the Debian packages that provide them.
    const QList<QPair<QString, QString>> tools = {
        {QStringLiteral("dpkg-deb"), QStringLiteral("dpkg")},
        {QStringLiteral("dpkg-shlibdeps"), QStringLiteral("dpkg-dev")},
        {QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils")},
        {QStringLiteral("appstreamcli"), QStringLiteral("appstream")},
        {QStringLiteral("lintian"), QStringLiteral("lintian")},
        {QStringLiteral("xvfb-run"), QStringLiteral("xvfb")},
        {QStringLiteral("xauth"), QStringLiteral("xauth")},
        {QStringLiteral("update-mime-database"), QStringLiteral("shared-mime-info")},
        {QStringLiteral("readelf"), QStringLiteral("binutils")},
        {QStringLiteral("groff"), QStringLiteral("groff-base")},
        {QStringLiteral("gzip"), QStringLiteral("gzip")},
        {QStringLiteral("unshare"), QStringLiteral("util-linux")},
    };
    QStringList missing;
    for (const auto &[tool, package] : tools)
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << package;
    if (!missing.isEmpty() && geteuid() == 0) {
        qInfo("installing %s", qPrintable(missing.join(QLatin1Char(' '))));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        run(QStringLiteral("apt-get"), {QStringLiteral("update"), QStringLiteral("-qq")}, 600000, env);
        const Run install = run(QStringLiteral("apt-get"),
                                QStringList {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-qq"),
                                             QStringLiteral("--no-install-recommends")}
                                    + missing,
                                600000, env);
        if (install.exitCode != 0)
            qWarning("%s", qPrintable(install.describe()));
    }
    for (const auto &[tool, package] : tools)
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: apt-get install %2").arg(tool, package)));

    // Package what this build tree built, into a directory of our own.
    const QString config = kBinaryDir + QStringLiteral("/CPackConfig.cmake");
    QVERIFY2(QFileInfo::exists(config), qPrintable(config + QStringLiteral(" missing: configure the build first")));
    QElapsedTimer clock;
    clock.start();
    const Run cpack = run(QStringLiteral(SEAM_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"), config,
                           QStringLiteral("-B"), m_tmp.filePath(QStringLiteral("out"))},
                          600000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.describe()));
    qInfo("cpack took %.1f s", clock.elapsed() / 1000.0);
    const QStringList debs = QDir(m_tmp.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.deb")});
    QCOMPARE(debs.size(), 1);
    m_deb = m_tmp.filePath(QStringLiteral("out/") + debs.first());

    const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb});
    QVERIFY2(fields.exitCode == 0, qPrintable(fields.describe()));
    QString key;
    for (const QString &line : QString::fromUtf8(fields.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(' ')) && !key.isEmpty())
            m_control[key] += QLatin1Char('\n') + line;
        else if (line.contains(QLatin1Char(':'))) {
            key = line.section(QLatin1Char(':'), 0, 0);
            m_control[key] = line.section(QLatin1Char(':'), 1).trimmed();
        }
    }

    QVERIFY(QDir().mkpath(root()));
    const Run extract = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, root()});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.describe()));
    for (QDirIterator it(root(), QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();)
        m_files << QDir(root()).relativeFilePath(it.next());
    m_files.sort();
}

void TestPackaging::packageFileName()
{
    QCOMPARE(QFileInfo(m_deb).fileName(), QStringLiteral("seam_%1_amd64.deb").arg(kVersion));
}

void TestPackaging::controlFields()
{
    QCOMPARE(m_control.value(QStringLiteral("Package")), QStringLiteral("seam"));
    QCOMPARE(m_control.value(QStringLiteral("Version")), kVersion);
    QCOMPARE(m_control.value(QStringLiteral("Architecture")), QStringLiteral("amd64"));
    QCOMPARE(m_control.value(QStringLiteral("Section")), QStringLiteral("devel"));
    QVERIFY2(m_control.value(QStringLiteral("Maintainer"))
                 .contains(QRegularExpression(QStringLiteral("^.+ <[^@ ]+@[^> ]+>$"))),
             qPrintable(m_control.value(QStringLiteral("Maintainer"))));
    const QStringList description = m_control.value(QStringLiteral("Description")).split(QLatin1Char('\n'));
    QVERIFY2(description.size() > 3, "the Description needs an extended description");
    QVERIFY2(!description.first().isEmpty() && description.first().size() < 80, qPrintable(description.first()));
    QVERIFY(!m_control.contains(QStringLiteral("Homepage")));
    // dpkg-shlibdeps ran: the linked libraries are in Depends with versions.
    const QString depends = m_control.value(QStringLiteral("Depends"));
    for (const char *library : {"libc6", "libqt6core6", "libqt6quick6", "libyaml-cpp0.7", "libgvc6"})
        QVERIFY2(dependsNames().contains(QLatin1String(library)),
                 qPrintable(QStringLiteral("%1 not in Depends: %2").arg(QLatin1String(library), depends)));
    QVERIFY2(depends.contains(QLatin1String("libqt6core6 (>= ")), qPrintable(depends));
}

void TestPackaging::dependsCoverQmlImports()
{
    // The modules qml/*.qml import, then everything those modules import in turn: their qmldir
    // (import/depends lines) and the QML compiled into their plugins and the Qt libraries
    // those load (Qt's own dialogs, for instance, import Qt.labs.folderlistmodel).
    QMap<QString, QString> requiredBy; // module -> who imports it
    QStringList queue;
    const QDir qmlSources(kSourceDir + QStringLiteral("/qml"));
    const QStringList qmlFiles = qmlSources.entryList({QStringLiteral("*.qml")});
    QVERIFY(!qmlFiles.isEmpty());
    QSet<QString> direct;
    for (const QString &file : qmlFiles)
        for (const QString &uri : importsIn(readFile(qmlSources.filePath(file))))
            if (!uri.startsWith(QLatin1String("Seam.")) && !requiredBy.contains(uri)) {
                requiredBy.insert(uri, QStringLiteral("qml/") + file);
                queue << uri;
                direct.insert(uri);
            }
    QVERIFY2(direct.contains(QStringLiteral("QtQuick")), "no import found in qml/*.qml");
    // The app sets the Fusion style from C++ (app/main.cpp), which no QML file imports.
    if (readFile(kSourceDir + QStringLiteral("/app/main.cpp")).contains("setStyle(QStringLiteral(\"Fusion\")")) {
        requiredBy.insert(QStringLiteral("QtQuick.Controls.Fusion"), QStringLiteral("app/main.cpp"));
        queue << QStringLiteral("QtQuick.Controls.Fusion");
    }

    const QString libDir = QLibraryInfo::path(QLibraryInfo::LibrariesPath);
    QSet<QString> scannedLibraries;
    QStringList unresolved;
    QMap<QString, QString> qmldirOf;
    while (!queue.isEmpty()) {
        const QString uri = queue.takeFirst();
        const QString dir = moduleDir(uri);
        const QString qmldir = dir + QStringLiteral("/qmldir");
        if (!QFileInfo::exists(qmldir)) {
            if (!kOtherPlatformModules.contains(uri))
                unresolved << QStringLiteral("%1 (imported by %2)").arg(uri, requiredBy.value(uri));
            continue;
        }
        qmldirOf.insert(uri, qmldir);
        QSet<QString> next;
        for (const QString &line : QString::fromUtf8(readFile(qmldir)).split(QLatin1Char('\n'))) {
            const QStringList words = line.simplified().split(QLatin1Char(' '));
            if (words.size() >= 2 && (words[0] == QLatin1String("import") || words[0] == QLatin1String("depends")))
                next.insert(words[1]);
            else if (words.size() >= 3 && words[0] == QLatin1String("optional") && words[1] == QLatin1String("import"))
                next.insert(words[2]);
        }
        QStringList libraries;
        for (const QFileInfo &plugin : QDir(dir).entryInfoList({QStringLiteral("*.so")}, QDir::Files))
            libraries << plugin.absoluteFilePath();
        while (!libraries.isEmpty()) {
            const QString library = libraries.takeFirst();
            if (scannedLibraries.contains(library))
                continue;
            scannedLibraries.insert(library);
            next.unite(importsIn(readFile(library)));
            const Run needed = run(QStringLiteral("readelf"), {QStringLiteral("-d"), library}, 60000);
            static const QRegularExpression qtLibrary(QStringLiteral("\\(NEEDED\\).*\\[(libQt6[^\\]]+)\\]"));
            for (auto m = qtLibrary.globalMatch(QString::fromLocal8Bit(needed.out)); m.hasNext();)
                libraries << libDir + QLatin1Char('/') + m.next().captured(1);
        }
        for (const QString &imported : next)
            if (!requiredBy.contains(imported)) {
                requiredBy.insert(imported, uri);
                queue << imported;
            }
    }
    QVERIFY2(unresolved.isEmpty(),
             qPrintable(QStringLiteral("QML modules not installed here, so their package is unknown: ")
                        + unresolved.join(QStringLiteral(", "))));

    const QSet<QString> depends = dependsNames();
    QStringList uncovered;
    for (auto it = qmldirOf.cbegin(); it != qmldirOf.cend(); ++it) {
        const QString package = owningPackage(it.value());
        if (package.isEmpty())
            uncovered << QStringLiteral("%1 (%2 belongs to no package)").arg(it.key(), it.value());
        else if (!depends.contains(package))
            uncovered << QStringLiteral("%1 -> %2 (imported by %3%4)")
                             .arg(it.key(), package, requiredBy.value(it.key()),
                                  direct.contains(it.key()) ? QStringLiteral(", a direct import") : QString());
    }
    QVERIFY2(
        uncovered.isEmpty(),
        qPrintable(QStringLiteral("Depends lacks QML runtime modules:\n  ") + uncovered.join(QStringLiteral("\n  "))));
    for (const QString &uri : direct)
        QVERIFY2(qmldirOf.contains(uri), qPrintable(uri));
    qInfo("%lld QML modules checked, %lld libraries scanned", qlonglong(qmldirOf.size()),
          qlonglong(scannedLibraries.size()));
}

void TestPackaging::dependsCoverImagePlugins()
{
    // The UI draws SVG icons (resources/icons, loaded as images), which needs Qt's SVG image
    // plugin: loaded at run time, so invisible to dpkg-shlibdeps.
    const QStringList svgs = QDir(kSourceDir + QStringLiteral("/resources/icons")).entryList({QStringLiteral("*.svg")});
    QVERIFY2(!svgs.isEmpty(), "resources/icons has no SVG: drop this check and libqt6svg6 from Depends");
    const QString plugin = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/imageformats/libqsvg.so");
    const QString package = owningPackage(plugin);
    QVERIFY2(!package.isEmpty(), qPrintable(plugin + QStringLiteral(" belongs to no package")));
    QVERIFY2(dependsNames().contains(package), qPrintable(package + QStringLiteral(" not in Depends")));
}

void TestPackaging::installedFiles()
{
    QStringList expected = {
        QStringLiteral("usr/bin/seam"),
        QStringLiteral("usr/bin/seam-cli"),
        QStringLiteral("usr/share/applications/seam.desktop"),
        QStringLiteral("usr/share/metainfo/io.github.seam.Seam.metainfo.xml"),
        QStringLiteral("usr/share/mime/packages/seam.xml"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/seam.svg"),
        QStringLiteral("usr/share/man/man1/seam.1.gz"),
        QStringLiteral("usr/share/man/man1/seam-cli.1.gz"),
        QStringLiteral("usr/share/doc/seam/copyright"),
        QStringLiteral("usr/share/doc/seam/changelog.gz"),
        QStringLiteral("usr/share/lintian/overrides/seam"),
        QStringLiteral("usr/share/seam/examples/README.md"),
    };
    for (const QString &example : QDir(kSourceDir + QStringLiteral("/examples"))
                                      .entryList({QStringLiteral("*.seam.yaml"), QStringLiteral("*.seam.json")}))
        expected << QStringLiteral("usr/share/seam/examples/") + example;
    QVERIFY(expected.contains(QStringLiteral("usr/share/seam/examples/checkout.seam.yaml")));
    for (const QString &file : expected)
        QVERIFY2(m_files.contains(file), qPrintable(file + QStringLiteral(" is not in the package")));

    // Nothing else: no QML module files (Seam.Ui is compiled into seam), headers, static
    // libraries, CMake files or anything else of the build tree.
    static const QRegularExpression icon(QStringLiteral("^usr/share/icons/hicolor/(\\d+)x\\1/apps/seam\\.png$"));
    QStringList unexpected;
    for (const QString &file : m_files)
        if (!expected.contains(file) && !icon.match(file).hasMatch())
            unexpected << file;
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("unexpected files: ") + unexpected.join(QStringLiteral(", "))));
}

void TestPackaging::cmakeInstallMatchesPackage()
{
    // `cmake --install` to any prefix (here the kind a user would pick, without root) installs
    // what the package holds, and the installed seam-cli runs from there.
    const QString prefix = m_tmp.filePath(QStringLiteral("prefix"));
    const Run install
        = run(QStringLiteral("cmake"), {QStringLiteral("--install"), kBinaryDir, QStringLiteral("--prefix"), prefix});
    QVERIFY2(install.exitCode == 0, qPrintable(install.describe()));
    QStringList installed;
    for (QDirIterator it(prefix, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        installed << QStringLiteral("usr/") + QDir(prefix).relativeFilePath(it.next());
    installed.sort();
    QCOMPARE(installed, m_files);
    const Run version
        = run(prefix + QStringLiteral("/bin/seam-cli"), {QStringLiteral("--version")}, 60000, cleanEnvironment());
    QVERIFY2(version.exitCode == 0 && version.out.contains(kVersion.toLatin1()), qPrintable(version.describe()));
}

void TestPackaging::binariesAreStrippedAndRelocatable()
{
    for (const QString &name : {QStringLiteral("seam"), QStringLiteral("seam-cli")}) {
        const QString binary = root(QStringLiteral("usr/bin/") + name);
        QVERIFY(QFileInfo(binary).isExecutable());
        const Run sections = run(QStringLiteral("readelf"), {QStringLiteral("-S"), QStringLiteral("-W"), binary});
        QVERIFY2(sections.exitCode == 0, qPrintable(sections.describe()));
        QVERIFY2(!sections.out.contains(".debug_info"), qPrintable(name + QStringLiteral(" is not stripped")));
        const Run dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), binary});
        QVERIFY2(!dynamic.out.contains("RPATH") && !dynamic.out.contains("RUNPATH"),
                 qPrintable(name + QStringLiteral(" has an rpath:\n") + QString::fromLocal8Bit(dynamic.out)));
        // No path into the build tree: the QML module, resources and plugins are inside.
        QVERIFY2(!readFile(binary).contains(kBinaryDir.toLocal8Bit()),
                 qPrintable(name + QStringLiteral(" refers to the build tree ") + kBinaryDir));
    }
    const Run needed = run(QStringLiteral("readelf"), {QStringLiteral("-d"), root(QStringLiteral("usr/bin/seam"))});
    QVERIFY2(!needed.out.contains("Seam") && !needed.out.contains("seam_"),
             "seam links a Seam shared library that is not packaged");
}

void TestPackaging::desktopEntry()
{
    const QString desktop = root(QStringLiteral("usr/share/applications/seam.desktop"));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(validate.exitCode == 0 && validate.out.trimmed().isEmpty() && validate.err.trimmed().isEmpty(),
             qPrintable(validate.describe()));
    QMap<QString, QString> entry;
    for (const QString &line : QString::fromUtf8(readFile(desktop)).split(QLatin1Char('\n')))
        if (line.contains(QLatin1Char('=')))
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    QCOMPARE(entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0), QStringLiteral("seam"));
    QVERIFY(m_files.contains(QStringLiteral("usr/bin/seam")));
    QVERIFY2(entry.value(QStringLiteral("Exec")).contains(QStringLiteral("%f")),
             "files opened from a file manager must reach seam");
    QVERIFY(m_files.contains(QStringLiteral("usr/share/icons/hicolor/scalable/apps/")
                             + entry.value(QStringLiteral("Icon")) + QStringLiteral(".svg")));
    const QStringList types = entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(types.begin(), types.end()),
             (QSet<QString> {QStringLiteral("application/x-seam+yaml"), QStringLiteral("application/x-seam+json")}));
}

void TestPackaging::appstreamMetainfo()
{
    const QString metainfo = root(QStringLiteral("usr/share/metainfo/io.github.seam.Seam.metainfo.xml"));
    const Run validate
        = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.describe()));

    QXmlStreamReader xml(readFile(metainfo));
    QString launchable, firstRelease, screenshot;
    QSet<QString> mediatypes;
    bool description = false, contentRating = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("release") && firstRelease.isEmpty())
            firstRelease = xml.attributes().value(QLatin1String("version")).toString();
        else if (name == QLatin1String("image") && screenshot.isEmpty())
            screenshot = xml.readElementText();
        else if (name == QLatin1String("mediatype"))
            mediatypes.insert(xml.readElementText());
        else if (name == QLatin1String("description"))
            description = true;
        else if (name == QLatin1String("content_rating"))
            contentRating = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(m_files.contains(QStringLiteral("usr/share/applications/") + launchable));
    QCOMPARE(firstRelease, kVersion);
    QVERIFY(description);
    QVERIFY(contentRating);
    QVERIFY2(screenshot.endsWith(QLatin1String("docs/screenshot.png")), qPrintable(screenshot));
    QCOMPARE(mediatypes,
             (QSet<QString> {QStringLiteral("application/x-seam+yaml"), QStringLiteral("application/x-seam+json")}));
}

void TestPackaging::mimeTypes()
{
    // What the shared-mime-info trigger does on install, then ask Qt (as a file manager would)
    // what a model file is.
    const QString mimeDir = root(QStringLiteral("usr/share/mime"));
    const Run update = run(QStringLiteral("update-mime-database"), {mimeDir});
    QVERIFY2(update.exitCode == 0, qPrintable(update.describe()));
    const QByteArray globs = readFile(mimeDir + QStringLiteral("/globs2"));
    QVERIFY2(globs.contains("application/x-seam+yaml:*.seam.yaml"), globs.constData());
    QVERIFY2(globs.contains("application/x-seam+json:*.seam.json"), globs.constData());

    qputenv("XDG_DATA_DIRS", (root(QStringLiteral("usr/share")) + QStringLiteral(":/usr/share")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("no-user-data")).toLocal8Bit());
    QMimeDatabase db;
    const QMimeType yaml = db.mimeTypeForFile(QStringLiteral("orders.seam.yaml"), QMimeDatabase::MatchExtension);
    QCOMPARE(yaml.name(), QStringLiteral("application/x-seam+yaml"));
    QVERIFY2(yaml.inherits(QStringLiteral("application/yaml")) || yaml.inherits(QStringLiteral("application/x-yaml")),
             qPrintable(yaml.parentMimeTypes().join(QLatin1Char(' '))));
    const QMimeType json = db.mimeTypeForFile(QStringLiteral("orders.seam.json"), QMimeDatabase::MatchExtension);
    QCOMPARE(json.name(), QStringLiteral("application/x-seam+json"));
    QVERIFY(json.inherits(QStringLiteral("application/json")));
    // Other YAML and JSON files keep their own type.
    QVERIFY(!db.mimeTypeForFile(QStringLiteral("values.yaml"), QMimeDatabase::MatchExtension)
                 .name()
                 .contains(QLatin1String("seam")));
    QVERIFY(!db.mimeTypeForFile(QStringLiteral("package.json"), QMimeDatabase::MatchExtension)
                 .name()
                 .contains(QLatin1String("seam")));
}

void TestPackaging::icons()
{
    static const QRegularExpression sized(QStringLiteral("^usr/share/icons/hicolor/(\\d+)x(\\d+)/apps/seam\\.png$"));
    QSet<int> sizes;
    for (const QString &file : m_files) {
        const QRegularExpressionMatch m = sized.match(file);
        if (!m.hasMatch())
            continue;
        const QImage image(root(file));
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), QSize(m.captured(1).toInt(), m.captured(2).toInt()));
        sizes.insert(image.width());
    }
    for (int size : {16, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(size), qPrintable(QStringLiteral("no %1x%1 icon").arg(size)));
    QVERIFY(readFile(root(QStringLiteral("usr/share/icons/hicolor/scalable/apps/seam.svg"))).contains("<svg"));
}

void TestPackaging::manPages_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("commands");
    QTest::newRow("seam") << QStringLiteral("seam") << QStringList();
    // seam-cli's commands, as its --help lists them.
    const Run help
        = run(root(QStringLiteral("usr/bin/seam-cli")), {QStringLiteral("--help")}, 60000, cleanEnvironment());
    QStringList commands;
    bool inCommands = false;
    for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:")))
            inCommands = true;
        else if (inCommands && line.startsWith(QLatin1String("  ")))
            commands << line.simplified().section(QLatin1Char(' '), 0, 0);
        else if (inCommands && !line.isEmpty())
            inCommands = false;
    }
    QTest::newRow("seam-cli") << QStringLiteral("seam-cli") << commands;
}

void TestPackaging::manPages()
{
    QFETCH(QString, program);
    QFETCH(QStringList, commands);
    const QString page = root(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(program));
    const QByteArray roff = gunzip(page);
    QVERIFY2(!roff.isEmpty(), qPrintable(page));

    // groff itself finds nothing to warn about (what lintian's groff check runs).
    const QString plain = m_tmp.filePath(program + QStringLiteral(".1"));
    QFile out(plain);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(roff);
    out.close();
    const Run groff
        = run(QStringLiteral("groff"),
              {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), QStringLiteral("-Tutf8"), plain});
    QVERIFY2(groff.exitCode == 0 && groff.err.trimmed().isEmpty(), qPrintable(groff.describe()));
    QVERIFY2(roff.contains(QStringLiteral("Seam %1").arg(kVersion).toLatin1()), "the .TH line names another version");

    // Every command and option the program's --help names is documented.
    QString text = QString::fromUtf8(roff);
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.replace(QRegularExpression(QStringLiteral("\\\\f[BIRP]")), QString());
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               QStringLiteral("offscreen")); // seam parses options after creating its QGuiApplication
    QStringList helps = {
        QString::fromUtf8(run(root(QStringLiteral("usr/bin/") + program), {QStringLiteral("--help")}, 60000, env).out)};
    for (const QString &command : commands) {
        QVERIFY2(text.contains(QStringLiteral(".SS ") + command),
                 qPrintable(QStringLiteral("command %1 has no section").arg(command)));
        helps << QString::fromUtf8(
            run(root(QStringLiteral("usr/bin/") + program), {command, QStringLiteral("--help")}, 60000, env).out);
    }
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])(--?[A-Za-z][A-Za-z-]*)"));
    QSet<QString> options;
    for (const QString &help : helps) {
        QVERIFY2(!help.trimmed().isEmpty(), "a --help printed nothing");
        for (auto m = option.globalMatch(help); m.hasNext();)
            options.insert(m.next().captured(1));
    }
    QVERIFY(options.contains(QStringLiteral("--help")));
    for (const QString &name : options)
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(name)
                                                  + QStringLiteral("(?![\\w-])"))),
                 qPrintable(QStringLiteral("%1 is not documented in %2.1").arg(name, program)));
}

void TestPackaging::changelogMatchesVersion()
{
    const QByteArray changelog = gunzip(root(QStringLiteral("usr/share/doc/seam/changelog.gz")));
    QVERIFY2(changelog.startsWith(QStringLiteral("seam (%1) ").arg(kVersion).toLatin1()),
             "add an entry for this version to packaging/changelog");
}

void TestPackaging::cliOnInstalledExample_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("validate") << QStringLiteral("validate");
    QTest::newRow("lint") << QStringLiteral("lint");
}

void TestPackaging::cliOnInstalledExample()
{
    QFETCH(QString, command);
    const QString example = root(QStringLiteral("usr/share/seam/examples/checkout.seam.yaml"));
    const Run r = runWithoutSourceTree(root(QStringLiteral("usr/bin/seam-cli")), {command, example}, 120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("checkout.seam.yaml"), qPrintable(r.describe()));
}

void TestPackaging::editorStartsFromInstalledFiles()
{
    const QString shot = m_tmp.filePath(QStringLiteral("screenshot.png"));
    const Run r = runWithoutSourceTree(
        QStringLiteral("xvfb-run"),
        {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"),
         root(QStringLiteral("usr/bin/seam")), QStringLiteral("--screenshot"), shot, QStringLiteral("--size"),
         QStringLiteral("1200x800"), root(QStringLiteral("usr/share/seam/examples/checkout.seam.yaml"))},
        180000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    static const QRegularExpression importErrors(
        QStringLiteral("module \"[^\"]+\" is not installed|is not a type|plugin cannot be loaded|Cannot load library|"
                       "failed to load component|Could not load the Qt platform plugin|could not open|"
                       "Type \\w+ unavailable|module \"[^\"]+\" version .* is not installed"));
    const QString err = QString::fromLocal8Bit(r.err);
    QVERIFY2(!importErrors.match(err).hasMatch(), qPrintable(r.describe()));
    if (!err.trimmed().isEmpty())
        qInfo("seam stderr (not import errors):\n%s", qPrintable(err.left(2000)));

    const QImage image(shot);
    QVERIFY2(!image.isNull(), qPrintable(shot + QStringLiteral(" is not an image")));
    QCOMPARE(image.size(), QSize(1200, 800));
    // A drawn window, not a blank one: many distinct colours (cards, text, lint badges).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("only %1 colours in the screenshot").arg(colours.size())));
}

void TestPackaging::lintianHasNoUnjustifiedErrors()
{
    // Every override in packaging/lintian-overrides carries a comment saying why.
    const QStringList overrides
        = QString::fromUtf8(readFile(kSourceDir + QStringLiteral("/packaging/lintian-overrides")))
              .split(QLatin1Char('\n'));
    for (int i = 0; i < overrides.size(); ++i)
        if (!overrides[i].trimmed().isEmpty() && !overrides[i].startsWith(QLatin1Char('#')))
            QVERIFY2(i > 0 && overrides[i - 1].startsWith(QLatin1Char('#')),
                     qPrintable(QStringLiteral("lintian override without a reason: ") + overrides[i]));

    QElapsedTimer clock;
    clock.start();
    const Run lintian = run(QStringLiteral("lintian"),
                            {QStringLiteral("--fail-on"), QStringLiteral("none"), QStringLiteral("--tag-display-limit"),
                             QStringLiteral("0"), QStringLiteral("--display-info"), m_deb},
                            600000);
    QVERIFY2(lintian.finished, qPrintable(lintian.describe()));
    qInfo("lintian took %.1f s", clock.elapsed() / 1000.0);
    QStringList errors;
    for (const QString &line : QString::fromUtf8(lintian.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("E: ")))
            errors << line;
        else if (!line.trimmed().isEmpty())
            qInfo("lintian: %s", qPrintable(line));
    }
    QVERIFY2(lintian.exitCode == 0, qPrintable(lintian.describe()));
    QVERIFY2(
        errors.isEmpty(),
        qPrintable(QStringLiteral("lintian errors (fix them or justify an override in packaging/lintian-overrides):\n")
                   + errors.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
