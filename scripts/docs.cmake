# Made from the program at build time (CMakeLists.txt runs this after building sockscope):
#   OUT/sockscope.1, OUT/zh_CN/sockscope.1   the manual page, `sockscope --manpage en|zh_CN`
#   OUT/*.1.gz                               the same, gzip -9n (no name or time: reproducible)
#   OUT/sockscope.bash, OUT/sockscope.zsh    the shell completion, `sockscope --completion bash|zsh`
# cmake -DBINARY=path/to/sockscope -DOUT=dir -DGZIP=path/to/gzip -P scripts/docs.cmake
# The offscreen platform: a build machine has no display, and nothing here draws.
set(ENV{QT_QPA_PLATFORM} offscreen)

function(sockscope_generate output)
    get_filename_component(dir "${output}" DIRECTORY)
    file(MAKE_DIRECTORY "${dir}")
    execute_process(COMMAND "${BINARY}" ${ARGN}
        OUTPUT_FILE "${output}.tmp" ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "sockscope ${ARGN} failed (${result}): ${errors}")
    endif()
    file(RENAME "${output}.tmp" "${output}")
endfunction()

function(sockscope_gzip input)
    execute_process(COMMAND "${GZIP}" -9n -c "${input}"
        OUTPUT_FILE "${input}.gz" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${input} failed (${result})")
    endif()
endfunction()

sockscope_generate("${OUT}/sockscope.1" --manpage en)
sockscope_generate("${OUT}/zh_CN/sockscope.1" --manpage zh_CN)
sockscope_generate("${OUT}/sockscope.bash" --completion bash)
sockscope_generate("${OUT}/sockscope.zsh" --completion zsh)
sockscope_gzip("${OUT}/sockscope.1")
sockscope_gzip("${OUT}/zh_CN/sockscope.1")
