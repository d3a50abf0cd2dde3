// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("EdgeAtlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EA_VERSION));
    if (ea::cli::isCommand(args)) {
        if (ea::cli::needsGui(args)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // paints into images only; no display needed
            QApplication app(argc, argv); // widgets too: bench charts measures a widget
            return ea::cli::run(args);
        }
        QCoreApplication app(argc, argv);
        return ea::cli::run(args);
    }
    QApplication app(argc, argv);
    ea::MainWindow window;
    if (!window.openInitial(args.value(1)))
        return 2;
    window.show();
    return app.exec();
}
