// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QDialog>

namespace ea {

/** Version, licence and the credits of every data source: the open scenario's and the fixed ones. */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Scenario *scenario, QWidget *parent = nullptr);

    /** The dialog's text as HTML (also used by tests). */
    static QString html(const Scenario *scenario);
};

} // namespace ea
