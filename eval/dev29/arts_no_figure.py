"""dev29 articles: articles with numbers but no figure.

Marks: [[span|category;a=source;...]] is a figure, {{span}} a negative (eval/figset/marks.py).
"""

from figset import F

# ---------------------------------------------------------------- articles with numbers but no figure

F(
    "Humanitarian appeal for Sudan region only a fifth funded as lean season peaks",
    "GENEVA - The UN's regional refugee response plan for the Sudan crisis has received only {{21 percent}} of the {{$1.4 billion}} it requested for {{2024}}, the UN refugee agency said on Tuesday, warning that cuts to food and water services would begin in {{October}} unless donors stepped up.\n\n"
    "The plan covers Chad, South Sudan, Egypt, Ethiopia, Libya, the Central African Republic and Uganda. "
    "By the end of {{August}}, donors had given {{$297 million}}, the agency said, compared with {{38 percent}} of needs at the same point in {{2023}}.\n\n"
    "“We are in the {{ninth month}} of the year with {{a fifth}} of the money,” said the agency's regional coordinator for the Sudan situation. "
    "She said the price of sorghum in eastern Chad had risen by {{45 percent}} since January, and that transport costs on the road from Abéché to the border had doubled.\n\n"
    "The wider humanitarian appeal for Sudan itself, of {{$2.7 billion}}, was {{41 percent}} funded as of {{September 10}}, according to the UN's Financial Tracking Service. "
    "The largest donor, the United States, had given {{$1.1 billion}} to the Sudan response since {{October 2023}}, followed by the European Union and Germany.\n\n"
    "The lean season, when food stocks run out before the harvest, usually lasts from {{June to September}} in the Sahel. "
    "Rainfall this year was {{20 to 30 percent}} above average in parts of Darfur, the World Meteorological Organization said, which could improve the harvest but has also cut roads for {{weeks at a time}}.\n\n"
    "Donors are due to meet in London on {{15 April 2025}}, {{two years}} after the war began, to discuss funding for {{2025}}. "
    "A previous conference in Paris in {{April 2024}} raised pledges of more than {{€2 billion}}.",
    ["doubled"],
)

F(
    "Twenty years after the Indian Ocean tsunami, Aceh remembers",
    "BANDA ACEH, Indonesia - Sirens sounded across Aceh at {{7:59 a.m.}} on Thursday, the minute the {{9.1-magnitude}} earthquake struck off Sumatra on {{December 26, 2004}}, as the province marked {{20 years}} since the Indian Ocean tsunami.\n\n"
    "The quake, one of the strongest ever recorded, lasted between {{eight and 10 minutes}} and ruptured a fault {{1,300 km}} long. "
    "Waves up to {{30 metres}} high reached the coast of Aceh in less than {{20 minutes}}, and crossed the ocean to Sri Lanka, India and Thailand within {{two hours}}, and to Somalia after {{seven hours}}.\n\n"
    "At the Siron mass grave outside the city, families laid flowers and read prayers. "
    "The Aceh Tsunami Museum, opened in {{2009}}, stayed open late and offered free entry for {{three days}}.\n\n"
    "Reconstruction cost about {{$7 billion}}, much of it from foreign donors, and lasted {{four years}} under a special agency that closed in {{April 2009}}. "
    "The disaster also helped end a {{29-year}} separatist conflict: a peace agreement signed in Helsinki in {{August 2005}} gave Aceh broad autonomy.\n\n"
    "Indonesia has since built a warning system that can issue an alert within {{five minutes}} of a quake of {{magnitude 7}} or more. "
    "But experts say many of the sirens along the coast are no longer maintained, and that a drill held on {{November 26}} showed it took some coastal districts {{more than 30 minutes}} to relay a warning.\n\n"
    "“It was {{10 o'clock}} on a Sunday morning and I was {{12}},” said Nurul Fadhilah, now {{32}}, who runs a guesthouse in Lampuuk. “I still check the sea every morning.”",
)

F(
    "Refugee side reach cup quarter-finals with late winner in Kakuma",
    "KAKUMA, Kenya - A header in the {{89th minute}} sent Kakuma United, a team made up of players from the refugee camp in northwest Kenya, into the quarter-finals of the Turkana County Cup on Saturday with a {{2-1}} win over Lodwar Town.\n\n"
    "The visitors took the lead after {{17 minutes}} through a penalty, before Kakuma's South Sudanese striker Gatluak Chuol, {{19}}, equalised shortly after the break. "
    "The winner came from a corner: defender Abdi Warsame, wearing the {{number 5}} shirt, rose highest at the far post.\n\n"
    "It is the {{first}} time a camp team has reached the last eight since the tournament began in {{2011}}. "
    "Last season Kakuma United finished {{third}} in their group, losing {{4-0}} to the eventual champions.\n\n"
    "The match, played in temperatures of {{38 degrees}}, was held up for {{10 minutes}} in the second half when a dust storm swept across the pitch.\n\n"
    "The coach, Peter Lokol, said his squad trained at {{6 a.m.}} to avoid the heat and that players shared boots. "
    "“Some of these boys have been in the camp since they were {{five}}. Football is the only thing that is theirs,” he said.\n\n"
    "The quarter-final against Kitale Stars is scheduled for {{June 14}} at the Lodwar stadium, {{120 km}} from the camp. "
    "Organisers said tickets would cost {{100 shillings}}, and that the winner of the cup would receive {{500,000 shillings}} and a place in the {{2025}} regional league.",
    ["second half", "last eight"],
)

F(
    "Forecasters warn of active cyclone season for Bay of Bengal",
    "NEW DELHI - India's weather office said on Monday that the post-monsoon cyclone season in the Bay of Bengal was likely to be more active than normal this year, with a {{60 percent}} chance of above-average storm activity between {{October and December}}.\n\n"
    "Sea surface temperatures in the bay were {{0.8 to 1.2 degrees Celsius}} above the long-term average in {{September}}, the India Meteorological Department said in its seasonal outlook. "
    "It said La Niña conditions were expected to develop by {{November}} and to last into early {{2025}}.\n\n"
    "Cyclones that form in the bay in {{October and November}} are often the strongest of the year. "
    "Cyclone Amphan in {{May 2020}} reached wind speeds of {{260 km/h}}, and Cyclone Sidr in {{2007}} brought a storm surge of {{more than five metres}} to the coast of Bangladesh.\n\n"
    "The department said it had upgraded its Doppler weather radars on the east coast since {{2022}}, bringing warning times for landfall to {{72 hours}}, up from {{48 hours}} a decade ago. "
    "Its forecasts are now accurate to within {{about 30 km}} at {{24 hours}} before landfall, it said.\n\n"
    "The Odisha State Disaster Management Authority said it would hold a coastal drill on {{October 15}} and urged residents to save the emergency number {{1070}} and the toll-free helpline {{1800-345-6770}}.\n\n"
    "Bangladesh's meteorological department issued a similar outlook last week, saying the risk of a severe cyclone in the bay before the end of the year was higher than usual, in part because of warm water near the Andaman Islands.",
    ["early 2025", "a decade ago"],
)

F(
    "Former militia commander sentenced to 25 years by Bangui special court",
    "BANGUI, Central African Republic - The Special Criminal Court in Bangui on Friday sentenced a former commander of the anti-balaka militia to {{25 years}} in prison for crimes against humanity committed in the southwest of the country in {{2014}}.\n\n"
    "The court, a hybrid tribunal of national and international judges set up in {{2015}}, found the defendant, now {{47}}, guilty of murder, persecution and attacks on the civilian population under {{Article 156}} of the penal code. "
    "He was acquitted on a charge of pillage.\n\n"
    "The trial opened on {{March 4}} and heard witnesses over {{11 weeks}}, the court said. "
    "Judges deliberated for {{three days}} before delivering the verdict at {{4:15 p.m.}} local time.\n\n"
    "It is the court's {{fourth}} verdict since it began hearing cases in {{2022}}, in case number {{SCC/2019/07}}. "
    "Its first judgment, in {{October 2022}}, sentenced defendants to terms ranging from {{20 years}} to life.\n\n"
    "Defence lawyers said they would appeal within the {{15-day}} limit. "
    "The prosecution had sought a life sentence.\n\n"
    "Rights groups welcomed the ruling but said the court needed more money: its budget for {{2024}} was about {{$12 million}}, {{30 percent}} less than it had asked for, and its mandate runs only until {{May 2028}}.\n\n"
    "The Central African Republic has been in crisis since {{2013}}, when mainly Muslim Seleka rebels seized power, prompting the formation of the mostly Christian anti-balaka militias.",
    ["first"],
)
