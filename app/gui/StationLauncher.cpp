// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/StationLauncher.h"

#include "app/demo/DemoFacility.h"
#include "app/gui/FirstPaintProbe.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/Locations.h"
#include "db/offline/StationJournal.h"
#include "ui/common/DemoNotice.h"
#include "ui/common/KioskSettings.h"
#include "ui/common/StationLanguage.h"
#include "ui/display/DisplayWindow.h"
#include "ui/gate/GateWindow.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/staff/StaffPages.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

void printOut(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

void printError(const QString &text) {
    std::fputs((u"besuk: "_s + text + u'\n').toLocal8Bit().constData(), stderr);
}

} // namespace

int StationLauncher::main(int argc, char *argv[]) {
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    LaunchOptions options;
    // Help, version and usage errors need no display.
    if (auto done = parse(arguments, options))
        return *done;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Besuk"_s);
    QApplication::setApplicationName(u"besuk"_s);
    QApplication::setApplicationVersion(QStringLiteral(BESUK_VERSION));
    return run(options);
}

std::optional<int> StationLauncher::parse(const QStringList &arguments, LaunchOptions &options) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Besuk: visitor check-in for detention-centre visiting rooms."));
    const QCommandLineOption station(
        u"station"_s,
        tr("The station to run: kiosk, gate, display or staff; several, comma-separated, open one window each."),
        tr("NAME"));
    const QCommandLineOption demo(u"demo"_s, tr("Run on a fresh demo facility in a temporary folder "
                                                "(the kiosk unless --station says otherwise)."));
    const QCommandLineOption db(
        u"db"_s, tr("The database: a SQLite file or a postgresql:// URL (default: %1).").arg(defaultDatabasePath()),
        tr("LOCATION"));
    const QCommandLineOption key(u"key"_s, tr("The facility's signing-key file (default: beside the database)."),
                                 tr("PATH"));
    const QCommandLineOption fullScreen(u"fullscreen"_s, tr("Fill the screen; leaving needs the admin PIN."));
    const QCommandLineOption language(u"lang"_s, tr("The language each visitor starts in: id or en."), u"id|en"_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    parser.addOptions({station, demo, db, key, fullScreen, language, help, version});

    const auto usageError = [&](const QString &message) {
        printError(message);
        printError(tr("Try: besuk --help"));
        return 2;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText().replace(u"<executable_name>"_s, u"besuk"_s) + u"\n"_s +
                 tr("Examples:\n  besuk --demo\n  besuk --demo --station kiosk,gate,display\n"
                    "  besuk --station kiosk --fullscreen\n"
                    "  besuk --station gate --db /srv/besuk/besuk.db --lang en\n"));
        return 0;
    }
    if (parser.isSet(version)) {
        printOut(u"besuk %1\n"_s.arg(QStringLiteral(BESUK_VERSION)));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    options.demo = parser.isSet(demo);
    for (const QString &name : parser.value(station).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!options.stations.contains(trimmed))
            options.stations.append(trimmed);
    }
    if (options.demo && options.stations.isEmpty())
        options.stations.append(u"kiosk"_s);
    if (options.stations.isEmpty())
        return usageError(tr("Say which station to run, e.g. --station kiosk, or try --demo."));
    for (const QString &name : std::as_const(options.stations)) {
        if (!knownStations().contains(name))
            return usageError(tr("Unknown station \"%1\": choose kiosk, gate, display or staff.").arg(name));
    }
    if (options.demo && (parser.isSet(db) || parser.isSet(key)))
        return usageError(tr("--demo makes its own database; leave out --db and --key."));
    options.databaseLocation = parser.value(db);
    options.keyPath = parser.value(key);
    options.fullScreen = parser.isSet(fullScreen);
    options.language = parser.value(language);
    if (parser.isSet(language) && !StationLanguage::isKnown(options.language))
        return usageError(tr("Unknown language \"%1\": choose id or en.").arg(options.language));
    return std::nullopt;
}

const QStringList &StationLauncher::knownStations() {
    static const QStringList stations{u"kiosk"_s, u"gate"_s, u"display"_s, u"staff"_s};
    return stations;
}

int StationLauncher::run(const LaunchOptions &options) {
    const SystemClock clock;
    QSettings stored;
    KioskSettings settings = KioskSettings::load(stored);
    GateSettings gateSettings = GateSettings::load(stored);
    DisplaySettings displaySettings = DisplaySettings::load(stored);
    if (!options.language.isEmpty())
        settings.language = gateSettings.language = displaySettings.language = options.language;

    // Messages before the window exists (a database that cannot be opened) are in the kiosk's language too.
    auto startupLanguage = std::make_unique<StationLanguage>();
    startupLanguage->apply(settings.language);

    std::unique_ptr<DemoFacility> demo;
    std::unique_ptr<Facility> opened;
    Facility *facility = nullptr;
    if (options.demo) {
        demo = std::make_unique<DemoFacility>(clock);
        auto created = demo->create(options.stations != QStringList{u"kiosk"_s});
        if (!created) {
            printError(created.error().message);
            return 1;
        }
        facility = *created;
        settings.station = u"kiosk-demo"_s;
        settings.printer.kind = PrinterChoice::Kind::Pdf;
        settings.pdfFolder = demo->ticketFolder();
        settings.nikRegionPrefix = QString::fromLatin1(DemoFacility::NikRegionPrefix);
        printOut(tr("Demo facility in %1 (removed when you quit); tickets are kept as PDF files in %2. Admin PIN: %3.\n"
                    "Gate sign-in: user \"%4\", PIN %3; staff console: user \"%5\", PIN %3.\n")
                     .arg(demo->folder(), demo->ticketFolder(), QString::fromLatin1(DemoFacility::Pin),
                          QString::fromLatin1(DemoFacility::GuardLogin),
                          QString::fromLatin1(DemoFacility::AdminLogin)));
    } else {
        const QString location = options.databaseLocation.isEmpty() ? defaultDatabasePath() : options.databaseLocation;
        const QString keyPath = options.keyPath.isEmpty() ? defaultKeyPath(location) : options.keyPath;
        auto database = Database::open(location, Database::OpenMode::MustExist);
        if (database) { // a damaged SQLite file: refuse it and name the latest backup
            if (auto intact = (*database)->checkIntegrity(); !intact)
                database = intact.error();
        }
        auto result = database ? Facility::open(std::move(database).value(), clock, keyPath)
                               : Result<std::unique_ptr<Facility>>(database.error());
        if (!result) {
            const QString message = tr("The station cannot start: %1\nTo see a demo instead, run: besuk --demo")
                                        .arg(result.error().message);
            printError(message);
            QMessageBox::critical(nullptr, tr("Besuk"), message);
            return 1;
        }
        opened = std::move(result).value();
        facility = opened.get();
    }

    startupLanguage.reset();
    FirstPaintProbe::installIfAsked();
    std::vector<std::unique_ptr<QWidget>> windows;
    for (const QString &name : options.stations) {
        if (name == u"kiosk") {
            KioskSettings kioskSettings = settings;
            if (facility->database().backend() == Backend::Postgres) // one PC's SQLite file cannot go away
                kioskSettings.journalPath = StationJournal::pathBeside(stored.fileName(), true);
            auto kiosk = std::make_unique<KioskWindow>(*facility, kioskSettings);
            if (demo)
                kiosk->setDemoPin(QString::fromLatin1(DemoFacility::Pin));
            windows.push_back(std::move(kiosk));
        } else if (name == u"gate") {
            GateSettings gate = gateSettings;
            if (facility->database().backend() == Backend::Postgres) // one PC's SQLite file cannot go away
                gate.journalPath = StationJournal::pathBeside(stored.fileName());
            windows.push_back(std::make_unique<GateWindow>(*facility, gate));
        } else if (name == u"staff") {
            auto staff = std::make_unique<StaffWindow>(*facility,
                                                       stored.value(u"staff/language"_s, settings.language).toString());
            addStaffPages(*staff, *facility);
            windows.push_back(std::move(staff));
        } else {
            windows.push_back(std::make_unique<DisplayWindow>(*facility, displaySettings));
        }
    }
    for (const auto &window : windows) {
        if (options.fullScreen) {
            window->showFullScreen();
        } else {
            window->resize(1280, 800);
            window->show();
        }
    }
    std::unique_ptr<DemoNotice> notice; // the ticket folder named on screen, not only on the terminal
    if (demo) {
        notice = std::make_unique<DemoNotice>(demo->ticketFolder(),
                                              DemoNotice::Accounts{QString::fromLatin1(DemoFacility::Pin),
                                                                   QString::fromLatin1(DemoFacility::GuardLogin),
                                                                   QString::fromLatin1(DemoFacility::AdminLogin)});
        notice->setAttribute(Qt::WA_QuitOnClose, false); // closing the stations ends the demo
        notice->show();
    }
    return QApplication::exec();
}

} // namespace besuk
