# Plenum: build the production jar with the Maven wrapper on a JDK, run it on a JRE.
# The build fetches Maven (Maven Central) and Node 24 + npm 11 (npm registry) itself; see pom.xml.
#   docker build -t plenum .        or        docker-compose up --build
# No BuildKit-only syntax: Debian's docker-compose 1.29 builds with the classic builder.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# Dependencies, plugins and Node in their own layers: rebuilt only when the pom changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins antrun:run@fetch-node
COPY frontend/ frontend/
COPY src/ src/
RUN ./mvnw -B -DskipTests package \
 && cp target/plenum-*.jar /plenum.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app plenum
WORKDIR /app
COPY --from=build /plenum.jar /app/plenum.jar
USER plenum
EXPOSE 8080
# Production mode: the jar carries the compiled frontend bundle and no Vaadin dev tools.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/plenum.jar"]
