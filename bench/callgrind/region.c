/*
 * A Node addon for `node bench/run.mjs instr`: callgrind client requests around a region of
 * JavaScript, so instruction counts cover exactly the measured work (not node's start-up, not the
 * warm-up). Built by the bench with the system C compiler against Node's own headers; never shipped.
 *   start()      zero the counters, start instrumentation
 *   stop(label)  dump the counters since start() under `label`, stop instrumentation
 *   running()    true under valgrind
 */
#include <node_api.h>
#include <valgrind/callgrind.h>

static napi_value start(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  CALLGRIND_ZERO_STATS;
  CALLGRIND_START_INSTRUMENTATION;
  return NULL;
}

static napi_value stop(napi_env env, napi_callback_info info) {
  char label[256];
  size_t len = 0;
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc > 0) napi_get_value_string_utf8(env, argv[0], label, sizeof label, &len);
  label[len] = 0;
  CALLGRIND_DUMP_STATS_AT(label);
  CALLGRIND_STOP_INSTRUMENTATION;
  return NULL;
}

static napi_value running(napi_env env, napi_callback_info info) {
  napi_value r;
  (void)info;
  napi_get_boolean(env, RUNNING_ON_VALGRIND != 0, &r);
  return r;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_value f;
  napi_create_function(env, "start", NAPI_AUTO_LENGTH, start, NULL, &f);
  napi_set_named_property(env, exports, "start", f);
  napi_create_function(env, "stop", NAPI_AUTO_LENGTH, stop, NULL, &f);
  napi_set_named_property(env, exports, "stop", f);
  napi_create_function(env, "running", NAPI_AUTO_LENGTH, running, NULL, &f);
  napi_set_named_property(env, exports, "running", f);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
