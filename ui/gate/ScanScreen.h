// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace besuk {

class CameraView;

namespace Ui {
class ScanScreen;
}

// Waiting for the next ticket: scanner and camera read it wherever the focus is; the guard can also type the
// queue number, pick from today's list or open a photo of the ticket.
class ScanScreen : public QWidget {
    Q_OBJECT
public:
    explicit ScanScreen(QWidget *parent = nullptr);
    ~ScanScreen() override;

    void activate();
    void showError(const QString &message);
    void setCameraOn(bool on);
    [[nodiscard]] CameraView *cameraView() const;

Q_SIGNALS:
    void queueNumberEntered(const QString &label);
    void listRequested();
    void imageRequested();
    void cameraToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ScanScreen> m_ui;
};

} // namespace besuk
