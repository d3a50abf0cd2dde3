// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "app/cli/commandhelp.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/monitor/demo.h"
#include "app/recoverydialog.h"
#include "app/settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("EdgeAtlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EA_VERSION));
    if (ea::cli::isCommand(args)) {
        // The command line speaks English; the catalog only turns "%n workload(s)" into "1 workload".
        if (ea::cli::needsGui(args)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // paints into images only; no display needed
            QApplication app(argc, argv);
            ea::installEnglishPlurals();
            return ea::cli::run(args);
        }
        QCoreApplication app(argc, argv);
        ea::installEnglishPlurals();
        return ea::cli::run(args);
    }
    // A mistyped command, a file that is not there or no display: one line and an exit code, no window.
    if (const int code = ea::cli::checkGuiStart(args, stderr); code >= 0)
        return code;
    // `--simulate`: the live monitor with a simulated deployment, so it has data out of the box;
    // `--simulate-fleet N`: its fleet mode on N simulated probe agents and a real Prometheus.
    const ea::DemoRequest demo = ea::takeDemoArguments(args);
    ea::cli::FatalDisplayGuard displayGuard; // a display that cannot be reached: one line, exit 1
    QApplication app(argc, argv);
    displayGuard.release();
    // The interface language: the system's (LANG, LC_ALL, LANGUAGE), or the one chosen in the preferences.
    ea::applyInterfaceLanguage(ea::Settings::instance()->string(ea::Settings::Language));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.edgeatlas.EdgeAtlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/edgeatlas.svg")));
    ea::MainWindow window;
    if (!window.openInitial(args.value(1)))
        return 2;
    window.show();
    // Work left by an instance that crashed: offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { ea::offerRecovery(&window, window.document()); });
    if (demo.simulate || demo.fleet > 0) {
        QTimer::singleShot(0, &window, [&window, demo] {
            QString error;
            if (!ea::startDemo(&window, demo, &error))
                qWarning("edgeatlas --simulate%s: %s", demo.fleet > 0 ? "-fleet" : "", qPrintable(error));
        });
    }
    return app.exec();
}
