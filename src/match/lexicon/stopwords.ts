/** Function words left out when a claim's keywords are derived from its statement (en/ru/be/uk). */
export const STOPWORDS = new Set(
  `a an the and or but of to in on at by for from with as is are was were be been being has have had it its this that these those
  which who whom whose what when where why how than then there their them they he she his her we our you your i not no
  will would shall should can could may might must do does did said says say about after before over under into onto near
  more most some any all each other such only also very just up down out off so if while per via said
  и в во на с со к по за из от до о об не но а как что это этот эта эти тот та те который которая которые его ее их он она они
  мы вы я был была были было быть есть при для без под над между также же ли бы уже еще только или
  і ў у на з са к па за з ад да аб не але а як што гэта гэты гэтая тыя які якая якія яго яе іх ён яна яны мы вы я быў была былі
  было быць ёсць пры для без пад над паміж таксама ж ці б ужо яшчэ толькі
  та й в у на з із зі до від про не але а як що це цей ця ці той який яка які його її їх він вона вони ми ви я був була були
  було бути є при для без під над між також ж чи б вже ще лише тільки`.split(/\s+/),
);
