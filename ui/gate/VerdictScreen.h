// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/GateService.h"

#include <QWidget>

#include <memory>

namespace besuk {

namespace Ui {
class VerdictScreen;
}

// The verdict at a glance: a full-width band in the verdict's colour, the reason in words, then the group the
// guard compares with the people in front of him (names, masked NIKs, children) and any ban.
class VerdictScreen : public QWidget {
    Q_OBJECT
public:
    // What the guard did to get this outcome: a scan judges the ticket; an admit or check-out reports the result.
    enum class Step { Scan, Admit, CheckOut, Refuse };
    // How the band looks and sounds.
    enum class Tone { Positive, Warning, Negative };
    // What the primary button offers next.
    enum class Offer { None, Inspect, CheckOut };

    explicit VerdictScreen(QWidget *parent = nullptr);
    ~VerdictScreen() override;

    void showOutcome(const GateOutcome &outcome, Step step);
    [[nodiscard]] const GateOutcome &outcome() const { return m_outcome; }
    [[nodiscard]] Tone tone() const { return m_tone; }
    [[nodiscard]] Offer offer() const { return m_offer; }
    [[nodiscard]] QString title() const;

    static Tone toneOf(Verdict verdict, Step step);
    // As toneOf, and amber for a booked group let through outside its slot (early or late).
    static Tone toneOf(const GateOutcome &outcome, Step step);

Q_SIGNALS:
    void inspectRequested();
    void checkOutRequested();
    void done();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void present();
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString bookingText() const;
    // A Valid scan of a booked group outside its slot (plus tolerance).
    [[nodiscard]] bool offSlot() const;

    std::unique_ptr<Ui::VerdictScreen> m_ui;
    GateOutcome m_outcome;
    Step m_step = Step::Scan;
    Tone m_tone = Tone::Negative;
    Offer m_offer = Offer::None;
};

} // namespace besuk
