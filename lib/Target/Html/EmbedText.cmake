# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# cmake -DINPUT=file -DOUTPUT=file.inc -P EmbedText.cmake: writes INPUT as a
# C++ raw string literal, so that a page kept as its own file (editable and
# openable in a browser) is compiled into the library.
file(READ "${INPUT}" text)
string(FIND "${text}" ")fxembed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter )fxembed\"")
endif()
file(WRITE "${OUTPUT}" "R\"fxembed(${text})fxembed\"\n")
