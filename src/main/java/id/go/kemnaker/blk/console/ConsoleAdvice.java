package id.go.kemnaker.blk.console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import id.go.kemnaker.blk.launch.RunLockedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every page knows (the user and role, the path for the language switch, the version) and how pages
 * answer trouble: a page that says what happened in the user's language, never a stack trace. The API has
 * its own answers ({@link ApiController}); an upload over the size limit reaches here before any controller
 * and is answered by path.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsoleAdvice {

	private final MessageSource messages;
	private final String version;
	private final DataSize maxUpload;

	ConsoleAdvice(MessageSource messages, ObjectProvider<BuildProperties> build,
			@Value("${blk.console.max-upload:100MB}") DataSize maxUpload) {
		this.messages = messages;
		BuildProperties b = build.getIfAvailable();
		this.version = b == null ? "dev" : b.getVersion();
		this.maxUpload = maxUpload;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	@ModelAttribute
	void common(Model model, HttpServletRequest request) {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		boolean known = a != null && a.isAuthenticated() && !"anonymousUser".equals(a.getName());
		model.addAttribute("user", known ? a.getName() : null);
		model.addAttribute("operator",
				known && a.getAuthorities().stream().anyMatch(g -> "ROLE_OPERATOR".equals(g.getAuthority())));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		model.addAttribute("currentPath", path.isEmpty() ? "/" : path);
		model.addAttribute("version", version);
		model.addAttribute("maxUpload", megabytes(maxUpload));
	}

	static String megabytes(DataSize size) {
		return size.toMegabytes() + " MB";
	}

	@ExceptionHandler(PageController.NotFound.class)
	ModelAndView notFound(PageController.NotFound e, HttpServletRequest request) {
		return message(request, HttpStatus.NOT_FOUND, text("notFound.title"), e.getMessage(), null, false);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badPath(HttpServletRequest request) {
		return message(request, HttpStatus.NOT_FOUND, text("notFound.title"), text("notFound.text"), null, false);
	}

	/**
	 * The database is held by a run of another process (embedded database), or a launch meets another run:
	 * says who holds it and since when. A page asked for (GET) tries again by itself.
	 */
	@ExceptionHandler(RunLockedException.class)
	ModelAndView busy(RunLockedException e, HttpServletRequest request) {
		boolean get = "GET".equals(request.getMethod());
		return message(request, get ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT, text("busy.title"),
				text("busy.text"), text("busy.holder", e.holder()), get);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return ApiController.error(HttpStatus.CONTENT_TOO_LARGE, "too_large",
					"the file is larger than blk.console.max-upload (" + megabytes(maxUpload) + "); nothing was saved");
		}
		ModelAndView mv = new ModelAndView("upload :: result");
		mv.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		mv.addObject("outcome", "TOO_LARGE");
		mv.addObject("maxUpload", megabytes(maxUpload));
		return mv;
	}

	private ModelAndView message(HttpServletRequest request, HttpStatus status, String heading, String text,
			String detail, boolean retry) {
		ModelAndView mv = new ModelAndView("message");
		mv.setStatus(status);
		mv.addObject("heading", heading);
		mv.addObject("text", text);
		mv.addObject("detail", detail);
		mv.addObject("retry", retry);
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		boolean known = a != null && a.isAuthenticated() && !"anonymousUser".equals(a.getName());
		mv.addObject("user", known ? a.getName() : null);
		mv.addObject("operator",
				known && a.getAuthorities().stream().anyMatch(g -> "ROLE_OPERATOR".equals(g.getAuthority())));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		mv.addObject("currentPath", path);
		mv.addObject("version", version);
		return mv;
	}
}
