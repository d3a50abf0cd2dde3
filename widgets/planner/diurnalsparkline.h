// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

namespace ea {

/** A 24-hour demand profile (local time) drawn as a small line, peak at the top. */
class DiurnalSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit DiurnalSparkline(QWidget *parent = nullptr);
    void setProfile(const std::array<double, 24> &profile);
    const std::array<double, 24> &profile() const { return m_profile; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<double, 24> m_profile{};
};

} // namespace ea
