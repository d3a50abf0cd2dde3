// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace ea {

class Document;

/**
 * File → Import and File → Export: GeoJSON nodes and demand regions, the routing policy (EdgeAtlas JSON
 * or a LiteLLM router configuration), API prices from a LiteLLM price file and measured compute profiles
 * from serving-benchmark results. Imports go through
 * Document::applyEdit, so each is one undoable step; exports are written atomically. Work that takes
 * more than a moment (the policy of a large scenario) runs off the GUI thread behind a busy dialog.
 * Errors name the file and every problem, and change nothing.
 */
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    ExchangeActions(Document *document, QWidget *dialogParent, QObject *parent = nullptr);

    void fillImportMenu(QMenu *menu);
    void fillExportMenu(QMenu *menu);

    // The actions' work, with the file names given (the menu asks for them); true when done.
    bool exportGeoJson(const QString &fileName, int layer /* GeoLayer */, QString *error);
    bool exportPolicy(const QString &fileName, bool liteLlm, QString *error, QStringList *warnings = nullptr);
    bool importGeoJson(const QString &fileName, bool asNodes, bool replace, QStringList *errors);
    bool importPrices(const QString &fileName, QStringList *errors, QStringList *report = nullptr);
    /** What File → Import → Serving Benchmark… does once the dialog is answered (one undoable edit). */
    bool importServingBenchmark(const QStringList &files, const QString &gpuId, const QString &modelId,
                                QStringList *errors);

private:
    QString benchmarkEditText(const QStringList &files) const;
    QString askSave(const QString &title, const QString &suggestion, const QString &filter);
    QString askOpen(const QString &title, const QString &filter);
    void showProblems(const QString &title, const QString &text, const QStringList &problems);
    /** Runs work on a worker thread behind a busy dialog; returns when it is done. */
    void runBusy(const QString &label, const std::function<void()> &work);

    Document *m_document;
    QWidget *m_parent;
};

} // namespace ea
