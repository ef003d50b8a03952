// Marks a text that the studio translates (Qt's lupdate finds the macro by name in core's
// sources); here, without Qt, it is the text itself. Contexts:
//  - "mars5::InferenceConfigField": the settings' help texts (ui/util/setting_labels);
//  - "mars5::Notice": the patterns of warnings (mars5/notice.h; ui/util/notice_text).
// The CLI says them in English, as they are.
#pragma once

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
