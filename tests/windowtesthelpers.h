#pragma once

// Shared by the window tests: the parts of MainWindow and ObservePanel a user interacts with,
// found the way any Qt child is found (by type and objectName), so the widgets keep no
// accessors for tests.

#include "gui/modeswitch.h"
#include "gui/observepanel.h"
#include "gui/observesettings.h"
#include "gui/replaybar.h"
#include "gui/scenariocontrols.h"
#include "gui/timelinewidget.h"
#include "run/observecontroller.h"
#include "run/runcontroller.h"

#include <QLabel>
#include <QListWidget>
#include <QTextDocumentFragment>

namespace windowtest {

using namespace sockscope;

// The child of type T (named name when given); a missing one ends the test run at once.
template<typename T> T *part(const QObject &parent, const QString &name = {})
{
    T *found = name.isEmpty() ? parent.findChild<T *>() : parent.findChild<T *>(name);
    if (!found)
        qFatal("no %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// MainWindow
inline TimelineWidget *timeline(const QObject &window)
{
    return part<TimelineWidget>(window, QStringLiteral("timeline"));
}
inline ScenarioControls *controls(const QObject &window)
{
    return part<ScenarioControls>(window);
}
inline RunController *controller(const QObject &window)
{
    return part<RunController>(window);
}
inline ModeSwitch *modeSwitch(const QObject &window)
{
    return part<ModeSwitch>(window, QStringLiteral("modeSwitch"));
}
inline ReplayBar *replayBar(const QObject &window)
{
    return part<ReplayBar>(window, QStringLiteral("replayBar"));
}
inline ObservePanel *observePanel(const QObject &window)
{
    return part<ObservePanel>(window, QStringLiteral("observePanel"));
}
// The summary panel's text as a reader sees it (the label holds rich text).
inline QString summaryText(const QObject &window)
{
    return QTextDocumentFragment::fromHtml(part<QLabel>(window, QStringLiteral("summary"))->text())
        .toPlainText();
}

// ObservePanel
inline TimelineWidget *observeTimeline(const QObject &panel)
{
    return part<TimelineWidget>(panel, QStringLiteral("observeTimeline"));
}
inline ObserveController *observeController(const QObject &panel)
{
    return part<ObserveController>(panel);
}
inline ObserveSettings *observeSettings(const QObject &panel)
{
    return part<ObserveSettings>(panel);
}
// The notes listed in the panel, one line each (a time, then the note).
inline QStringList observeNotes(const QObject &panel)
{
    QStringList notes;
    const auto *list = part<QListWidget>(panel, QStringLiteral("notes"));
    for (int i = 0; i < list->count(); ++i)
        notes << list->item(i)->text();
    return notes;
}

} // namespace windowtest
