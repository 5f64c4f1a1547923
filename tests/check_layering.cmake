# What the library graph's include paths cannot forbid: Qt's include root is on every path, so a
# core file could name <QtWidgets/QWidget> or <QtGui/...> and still compile. Run with
# cmake -DSOURCE_DIR=... -P check_layering.cmake; fails naming each include that does.
set(violations "")
file(GLOB_RECURSE files ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
foreach(file ${files})
    if(file MATCHES "/app/main.cpp$")
        continue() # the one file that knows both faces
    endif()
    file(STRINGS ${file} lines REGEX "^#include [<\"](QtWidgets|QtGui)/")
    foreach(line ${lines})
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
        list(APPEND violations "${relative}: ${line} (the core never knows widgets)")
    endforeach()
endforeach()

if(violations)
    string(REPLACE ";" "\n  " text "${violations}")
    message(FATAL_ERROR "Layering rules broken:\n  ${text}")
endif()
message(STATUS "the core names no widget header")
