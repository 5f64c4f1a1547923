# The include rules that go with the library graph of app/CMakeLists.txt. Run with
# cmake -DSOURCE_DIR=... -P check_layering.cmake; fails naming each include that breaks one.
set(violations "")

# forbid(<folder glob> <include pattern> <why>)
function(forbid folder pattern why)
    file(GLOB_RECURSE files ${SOURCE_DIR}/${folder}/*.h ${SOURCE_DIR}/${folder}/*.cpp)
    foreach(file ${files})
        if(file MATCHES "/app/main.cpp$")
            continue() # the one file that knows both faces
        endif()
        file(STRINGS ${file} lines REGEX "^#include [<\"]${pattern}")
        foreach(line ${lines})
            file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
            list(APPEND violations "${relative}: ${line} (${why})")
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

forbid(app/network "diagnosis/" "the network reports failures in its own terms")
forbid(app/network "checks/" "the network knows nothing of checks")
forbid(app/diagnosis "network/" "diagnosis reads answers, not network results")
forbid(app/diagnosis "checks/" "diagnosis knows nothing of checks")
forbid(app/diagnosis "simulator/" "diagnosis knows nothing of the simulator")
forbid(app/policy "diagnosis/|network/" "the policy serves both")
forbid(app "Q(Widget|Application|MainWindow|Dialog|PushButton|Label)|QtWidgets|ui/" "the core never knows widgets")
forbid(ui "cli/" "the widgets do not use the command line")

if(violations)
    string(REPLACE ";" "\n  " text "${violations}")
    message(FATAL_ERROR "Layering rules broken:\n  ${text}")
endif()
message(STATUS "layering rules hold")
