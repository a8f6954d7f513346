// The code-less library that makes the tests' precompiled header (tests/CMakeLists.txt).
