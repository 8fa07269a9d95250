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
EXPOSE 8787 8788
# 8787: the status server of `run` and `scheduler`; 8788: of `worker` (status.worker_port).
ENTRYPOINT ["newsmon"]
CMD ["run"]
