@echo off
rem Runs selfcheck from the release folder: the jar and the rule pack beside this file. Needs Java 17 or later.
setlocal EnableExtensions
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo selfcheck: Java is not installed, or not on the PATH. Install Java 17 or later ^(for example from https://adoptium.net^) and run this again. 1>&2
  exit /b 5
)

rem "17.0.2", "21", or "1.8.0_392" for Java 8: the first number is the major version, except after "1."
set "JVERSION="
for /f "tokens=3" %%v in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i version') do if not defined JVERSION set "JVERSION=%%~v"
set "JMAJOR="
for /f "tokens=1,2 delims=._-+" %%a in ("%JVERSION%") do (
  if "%%a"=="1" (set "JMAJOR=%%b") else (set "JMAJOR=%%a")
)
if defined JMAJOR if %JMAJOR% LSS 17 (
  echo selfcheck: needs Java 17 or later, and the Java found is version %JVERSION%. Install Java 17 or later ^(for example from https://adoptium.net^) and run this again. 1>&2
  exit /b 5
)

rem The same JVM flags as the shell launcher; calibrate leaves out the first (C1 only). At most 1 GB of heap;
rem SELFCHECK_JAVA_OPTS comes after, so -Xmx2g there wins.
set "FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr -Xmx1g"
if /i "%~1"=="calibrate" set "FLAGS=-XX:+UseSerialGC -Xmn16m -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr -Xmx1g"
"%JAVA%" %FLAGS% %SELFCHECK_JAVA_OPTS% "-Dselfcheck.rules=%HERE%\rules" -jar "%HERE%\selfcheck.jar" %*
exit /b %ERRORLEVEL%
