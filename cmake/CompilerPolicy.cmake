# SPDX-License-Identifier: GPL-3.0-or-later
# The project's compiler policy in one INTERFACE target: every target links bagalau_policy
# instead of touching global flags.
add_library(bagalau_policy INTERFACE)
target_compile_features(bagalau_policy INTERFACE cxx_std_20)
target_compile_definitions(bagalau_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    target_compile_options(bagalau_policy INTERFACE /W4 /WX /utf-8)
else()
    target_compile_options(bagalau_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Werror)
endif()

option(BAGALAU_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(BAGALAU_SANITIZE)
    target_compile_options(bagalau_policy INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(bagalau_policy INTERFACE -fsanitize=address,undefined)
endif()
