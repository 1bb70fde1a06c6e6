"""Who may change a group's settings: its subscriptions, digest and language."""

from telegram import Chat, ChatMember, Update
from telegram.error import TelegramError

from handlers.context import NewsroomContext


async def may_manage(update: Update, context: NewsroomContext) -> bool:
    """Anyone in their private chat; in a group its admins, anonymous admins and editors."""
    message = update.effective_message
    chat = message.chat
    if chat.type == Chat.PRIVATE:
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous admin posting as the group
    user = update.effective_user
    if user is None:
        return False
    if user.id in context.config.editors:
        return True
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError:
        return False
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)
