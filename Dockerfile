# Plenum: build the production jar with the Maven wrapper on a JDK, run it on a JRE as a non-root user.
# The build fetches Maven (Maven Central) and Node 24 + npm 11 (npm registry) itself; see pom.xml.
#   docker build --build-arg PLENUM_COMMIT=$(git rev-parse HEAD) -t plenum .    or    docker-compose up --build
# No BuildKit-only syntax: Debian's docker-compose 1.29 builds with the classic builder.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# Dependencies, plugins and Node in their own layers: rebuilt only when the pom changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins antrun:run@fetch-node
COPY frontend/ frontend/
COPY src/ src/
# .git is not in the build context: the commit shown in /actuator/info comes from this argument.
ARG PLENUM_COMMIT=unknown
RUN ./mvnw -B -DskipTests -Dplenum.commit="$PLENUM_COMMIT" package \
 && cp target/plenum-*.jar /plenum.jar
# The jar's layers (docs/operations.md): libraries first, Plenum's own classes last, so that a new build of
# Plenum changes only the last image layer.
RUN java -Djarmode=tools -jar /plenum.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:25-jre
# curl for the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app plenum \
 && mkdir -p /app /data \
 && chown plenum:plenum /data
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER plenum
# The embedded store (without SPRING_MONGODB_URI) writes here; mount a volume to keep it.
ENV PLENUM_STORE_DATA_DIR=/data
VOLUME /data
# 8080: the app. 8081: health, info and Prometheus (management port), on every interface of the container but
# never published by docker-compose.yml.
ENV MANAGEMENT_SERVER_ADDRESS=0.0.0.0
EXPOSE 8080 8081
# Healthy once ready: the store answers and start-up (demo data, the administrator's account) is done.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8081/actuator/health/readiness || exit 1
# Production mode: the jar carries the compiled frontend bundle and no Vaadin dev tools.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
