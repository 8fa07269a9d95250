FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY workers ./workers
RUN pip install --no-cache-dir ".[rabbitmq]"
COPY configs ./configs
# Run as an unprivileged user; the data folder is only used when no Redis URL is given.
RUN useradd --create-home newsmon && mkdir -p /app/data && chown newsmon /app/data
USER newsmon
EXPOSE 8787
ENTRYPOINT ["newsmon"]
CMD ["run"]
