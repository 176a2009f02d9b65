@echo off
rem ita: runs ita.jar (beside this script, with its lib\) with JVM options that make a short command
rem start fast; docs\PERFORMANCE.md ("Cold start") has the measurements behind each option. ita.jsa is
rem the class-data-sharing archive that the build's training run made, for the JDK that built it: with
rem -Xshare:auto another JDK, or a missing or damaged file, runs without it. C1 only
rem (-XX:TieredStopAtLevel=1) except for bench, which measures the JIT's steady state.
rem ITA_JAVA names the java to run (default: %%JAVA_HOME%%\bin\java, else java on the PATH);
rem ITA_JAVA_OPTS adds options after these.
setlocal
set "ITA_DIR=%~dp0"
if defined ITA_JAVA (set "ITA_JAVA_EXE=%ITA_JAVA%") else if defined JAVA_HOME (set "ITA_JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "ITA_JAVA_EXE=java")
set "ITA_SHARE="
rem The option in quotes, for a directory with spaces.
if exist "%ITA_DIR%ita.jsa" set ITA_SHARE="-XX:SharedArchiveFile=%ITA_DIR%ita.jsa"
set "ITA_TIERED=-XX:TieredStopAtLevel=1"
if /i "%~1"=="bench" set "ITA_TIERED="
"%ITA_JAVA_EXE%" -Xshare:auto %ITA_SHARE% -Xlog:cds*=off %ITA_TIERED% %ITA_JAVA_OPTS% -jar "%ITA_DIR%ita.jar" %*
exit /b %ERRORLEVEL%
