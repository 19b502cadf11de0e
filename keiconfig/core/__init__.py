"""The core: builds, files, kei rules and the physics-lite model. Never imports Qt."""
