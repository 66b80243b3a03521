<?php

// Blueprint mounts this file under /extensions/tiergate with its `blueprint` middleware group.
