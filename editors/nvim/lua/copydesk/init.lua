--- copydesk for Neovim: registers `copydesk lsp` for Markdown and plain-text drafts, and adds
--- the speaker index (`:CopydeskQuotes`), `:CopydeskRestart` and `:checkhealth copydesk`.
local M = {}

M.name = 'copydesk'

--- The options `setup()` accepts, with their defaults.
M.defaults = {
  -- The binary; `cmd` wins when given.
  server_path = 'copydesk',
  cmd = nil,
  filetypes = { 'markdown', 'text' },
  root_markers = { 'copydesk.toml', '.git' },
  -- Sent as initializationOptions and workspace/didChangeConfiguration, the shape the server
  -- reads: rules = { ['unattributed-quote'] = 'warning', ... }, 'error'|'warning'|'info'|'hint'|'off'.
  settings = {
    rules = {},
    dateline = { style = 'any' },
    server = { ['debounce-ms'] = 75, ['inlay-hints'] = true },
  },
  -- Turn Neovim's inlay hints on in attached buffers (the speaker after each quote).
  inlay_hints = true,
  on_attach = nil,
  capabilities = nil,
}

--- The options in force after `setup()`, or nil before it.
M.options = nil

local has_native_config = vim.fn.has('nvim-0.11') == 1 and vim.lsp.config ~= nil

--- Calls a client method: `client:method()` on 0.11+, where the dot form is deprecated, and
--- `client.method()` on 0.10, whose methods are closures.
local function client_call(client, method, ...)
  if vim.fn.has('nvim-0.11') == 1 then
    return client[method](client, ...)
  end
  return client[method](...)
end

--- The settings table as the server receives it: empty `rules` must stay a JSON object.
local function server_settings(settings)
  local copy = vim.deepcopy(settings)
  if next(copy.rules or {}) == nil then
    copy.rules = vim.empty_dict()
  end
  return copy
end

--- Answers `workspace/configuration` for the section `copydesk` with the same settings table.
local function configuration_handler(settings)
  return function(_, params)
    local answers = {}
    for index, item in ipairs(params.items or {}) do
      if item.section == nil or item.section == M.name then
        answers[index] = settings
      else
        answers[index] = vim.NIL
      end
    end
    return answers
  end
end

--- Whether this Neovim can watch files for the server: it has a watcher, and on Linux the
--- `inotifywait` it uses (without it Neovim's fallback walks whole folders, and Neovim itself
--- leaves file watching off there).
function M.can_watch_files()
  if not pcall(require, 'vim._watch') then
    return false
  end
  return vim.uv.os_uname().sysname ~= 'Linux' or vim.fn.executable('inotifywait') == 1
end

--- Neovim's client capabilities with the user's on top, and file watching declared where
--- Neovim can watch: the server then registers a watcher for `copydesk.toml`. Where it cannot,
--- the server reads the file again when a draft is opened or saved.
local function client_capabilities(user_capabilities)
  local capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(), user_capabilities or {})
  if M.can_watch_files() then
    capabilities = vim.tbl_deep_extend('force', capabilities, {
      workspace = { didChangeWatchedFiles = { dynamicRegistration = true } },
    })
  end
  return capabilities
end

--- The client configuration for the given options, as `vim.lsp.config` and `vim.lsp.start` take it.
function M.client_config(options)
  local settings = server_settings(options.settings)
  return {
    name = M.name,
    cmd = options.cmd or { options.server_path, 'lsp' },
    filetypes = options.filetypes,
    root_markers = options.root_markers,
    init_options = settings,
    settings = settings,
    capabilities = client_capabilities(options.capabilities),
    handlers = { ['workspace/configuration'] = configuration_handler(settings) },
    on_attach = function(client, bufnr)
      if options.inlay_hints and client_call(client, 'supports_method', 'textDocument/inlayHint') then
        vim.lsp.inlay_hint.enable(true, { bufnr = bufnr })
      end
      if options.on_attach then
        options.on_attach(client, bufnr)
      end
    end,
  }
end

--- The advice shown when the binary is missing (also used by `:checkhealth copydesk`).
M.install_advice = 'Install it from a release archive, with :MasonInstall copydesk, or with '
  .. '`cargo install --locked --path .` in a copydesk checkout (it lands in ~/.cargo/bin); '
  .. 'or pass `server_path = "/path/to/copydesk"` to require("copydesk").setup{}.'

--- Starts (or reuses) the client for one buffer, without `vim.lsp.enable`: the 0.10 path, and
--- how `:CopydeskRestart` brings buffers back.
function M.start_buffer(bufnr)
  local options = M.options
  if not options or not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  local config = M.client_config(options)
  local file = vim.api.nvim_buf_get_name(bufnr)
  config.root_dir = vim.fs.root(bufnr, options.root_markers) or (file ~= '' and vim.fs.dirname(file)) or vim.uv.cwd()
  config.root_markers = nil
  config.filetypes = nil
  return vim.lsp.start(config, { bufnr = bufnr })
end

local function attached_buffers()
  local buffers = {}
  for _, client in ipairs(vim.lsp.get_clients({ name = M.name })) do
    for bufnr in pairs(client.attached_buffers or {}) do
      buffers[bufnr] = true
    end
  end
  return vim.tbl_keys(buffers)
end

--- Stops every copydesk client and starts one again for the buffers they served.
function M.restart()
  local buffers = attached_buffers()
  local clients = vim.lsp.get_clients({ name = M.name })
  for _, client in ipairs(clients) do
    client_call(client, 'stop')
  end
  vim.wait(3000, function()
    for _, client in ipairs(clients) do
      if not client_call(client, 'is_stopped') then
        return false
      end
    end
    return true
  end, 20)
  for _, bufnr in ipairs(buffers) do
    M.start_buffer(bufnr)
  end
  vim.notify(('copydesk: restarted for %d buffer(s)'):format(#buffers), vim.log.levels.INFO)
end

--- `copydesk quotes` for a buffer: its text on stdin (unsaved changes included), falling back
--- to the saved file when the CLI does not read stdin. Returns the lines to show.
function M.speaker_index_lines(bufnr)
  local options = M.options or M.defaults
  local binary = (options.cmd or { options.server_path })[1]
  local file = vim.api.nvim_buf_get_name(bufnr)
  local name = file ~= '' and file or ('draft.' .. (vim.bo[bufnr].filetype == 'markdown' and 'md' or 'txt'))
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
  local attempts = { { args = { binary, 'quotes', '--format', 'human', '--stdin-filename', name, '-' }, stdin = text } }
  if file ~= '' and vim.uv.fs_stat(file) then
    table.insert(attempts, { args = { binary, 'quotes', '--format', 'human', file }, stale = vim.bo[bufnr].modified })
  end
  local failures = {}
  for _, attempt in ipairs(attempts) do
    local ok, result = pcall(function()
      return vim.system(attempt.args, { stdin = attempt.stdin, text = true }):wait(20000)
    end)
    if ok and (result.code == 0 or result.code == 1) and (result.stdout or '') ~= '' then
      local lines = { 'Speaker index — ' .. vim.fs.basename(name), '' }
      if attempt.stale then
        vim.list_extend(lines, { '(from the saved file: unsaved changes are not included)', '' })
      end
      vim.list_extend(lines, vim.split(result.stdout, '\n', { trimempty = true }))
      return lines
    end
    local why = ok and vim.trim((result.stderr or '') .. (result.stdout or '')) or tostring(result)
    table.insert(failures, ('$ %s\n%s (exit %s)'):format(table.concat(attempt.args, ' '), why, ok and result.code or '?'))
  end
  return vim.list_extend({ 'copydesk could not build the speaker index:', '' }, vim.split(table.concat(failures, '\n\n'), '\n'))
end

--- Shows the speaker index of the current buffer in a scratch split.
function M.show_speaker_index()
  local source = vim.api.nvim_get_current_buf()
  local lines = M.speaker_index_lines(source)
  vim.cmd('botright vsplit')
  local scratch = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_win_set_buf(0, scratch)
  vim.api.nvim_buf_set_lines(scratch, 0, -1, false, lines)
  vim.bo[scratch].buftype = 'nofile'
  vim.bo[scratch].bufhidden = 'wipe'
  vim.bo[scratch].modifiable = false
  vim.bo[scratch].filetype = 'copydesk-quotes'
  pcall(vim.api.nvim_buf_set_name, scratch, 'copydesk://speakers/' .. source)
  return scratch
end

--- The kind of the server's fix-all action.
M.fix_all_kind = 'source.fixAll.copydesk'

--- Applies every safe fix of a buffer in one edit (names spelled as the draft or the house
--- spells them, datelines' case and punctuation), and waits for it: usable in a BufWritePre
--- autocommand. Returns how many edits were applied.
function M.fix_all(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local applied = 0
  for _, client in ipairs(vim.lsp.get_clients({ name = M.name, bufnr = bufnr })) do
    local params = {
      textDocument = vim.lsp.util.make_text_document_params(bufnr),
      range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } },
      context = { only = { M.fix_all_kind }, diagnostics = {} },
    }
    local response = client_call(client, 'request_sync', 'textDocument/codeAction', params, 5000, bufnr)
    for _, action in ipairs((response and response.result) or {}) do
      if action.kind == M.fix_all_kind and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        applied = applied + 1
      end
    end
  end
  return applied
end

local function create_commands()
  vim.api.nvim_create_user_command('CopydeskQuotes', M.show_speaker_index, {
    desc = 'copydesk: the speaker index of this draft (every speaker and their quotes)',
  })
  vim.api.nvim_create_user_command('CopydeskRestart', M.restart, { desc = 'copydesk: restart the language server' })
  vim.api.nvim_create_user_command('CopydeskFixAll', function()
    M.fix_all(0)
  end, { desc = 'copydesk: apply every safe fix in this draft' })
end

--- Sends the settings to running clients (workspace/didChangeConfiguration), so a second
--- `setup()` takes effect without a restart.
local function push_settings(options)
  local settings = server_settings(options.settings)
  for _, client in ipairs(vim.lsp.get_clients({ name = M.name })) do
    client.settings = settings
    client_call(client, 'notify', 'workspace/didChangeConfiguration', { settings = settings })
  end
end

--- Registers the server. Idempotent: a second call replaces the options, and running servers
--- get the new settings.
function M.setup(user_options)
  local options = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), user_options or {})
  M.options = options
  create_commands()
  push_settings(options)

  local binary = (options.cmd or { options.server_path })[1]
  if vim.fn.executable(binary) ~= 1 then
    vim.notify(('copydesk: `%s` was not found. %s'):format(binary, M.install_advice), vim.log.levels.WARN)
    return
  end

  if has_native_config then
    vim.lsp.config(M.name, M.client_config(options))
    vim.lsp.enable(M.name)
    return
  end

  local group = vim.api.nvim_create_augroup('copydesk', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(event)
      M.start_buffer(event.buf)
    end,
  })
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(options.filetypes, vim.bo[bufnr].filetype) then
      M.start_buffer(bufnr)
    end
  end
end

return M
