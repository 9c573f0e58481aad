"""dev171 hard negatives: peace (calls for talks, ceasefires taking effect, accords,
a hostage and prisoner exchange, a border agreement) and history (anniversaries and
commemorations of wars and genocides)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Sudan needs peace talks that include Sudanese, not just generals and their sponsors",
        "This month's talks in Switzerland, convened by the United States with Saudi Arabia, "
        "Egypt, the United Arab Emirates and the African Union, were supposed to be a new "
        "start for diplomacy on Sudan. The Rapid Support Forces sent a delegation; the army, "
        "angered by the format, did not. The mediators announced commitments to open the Adre "
        "crossing from Chad and the Dabbah road for aid, and little else. It is easy to be "
        "cynical. Previous rounds in Jeddah produced declarations that neither side respected. "
        "Yet there is no military solution to this war, and both armies have shown that they "
        "can survive years of fighting without winning it. What has been missing from every "
        "round is the Sudanese people themselves: the resistance committees that feed their "
        "neighbourhoods, the women's groups, the civilian politicians who were pushed aside in "
        "2021. A process that treats the two generals as Sudan's only legitimate "
        "representatives will, at best, produce a power-sharing deal between the men who "
        "destroyed the transition. Any serious peace effort must make room for civilians at "
        "the table, and must put pressure on the foreign patrons who keep both sides supplied.",
        "peace",
    ),
    (
        "What a durable Ukraine ceasefire would require",
        "Talk of a ceasefire in Ukraine has returned, and with it a familiar debate about "
        "whether any deal with Vladimir Putin is worth the paper it is written on. The "
        "skeptics have history on their side. The Minsk agreements of 2014 and 2015 froze the "
        "fighting in Donbas without resolving it, and Russia used the pause to prepare for its "
        "full-scale invasion. A ceasefire that merely draws a line on a map would invite the "
        "same outcome. But the alternative, a war of attrition with no end in sight, is not "
        "sustainable for Ukraine's depleted brigades or for Western publics. A durable "
        "ceasefire would need three things that Minsk lacked. First, credible monitoring, with "
        "drones, satellites and a sizeable international presence along the contact line. "
        "Second, security guarantees for Ukraine that Russia knows would be honored, whether "
        "through a European reassurance force or a bilateral treaty with the US. Third, a "
        "sequence that ties any easing of sanctions to Russian compliance over years, not "
        "months. None of this would settle the question of the occupied territories. It would "
        "simply make a renewed invasion more costly than the status quo, which is what "
        "deterrence means.",
        "peace",
    ),
    (
        "The Guardian view on Colombia's peace deal: a setback, not the end",
        "Colombians surprised the world, and themselves, on Sunday by narrowly rejecting the "
        "peace agreement between their government and the Farc guerrillas in a referendum. The "
        "margin was less than half a percentage point, and turnout was under 40%. The deal, "
        "negotiated over four years in Havana, would have ended a war that has killed more "
        "than 220,000 people and displaced millions over half a century. Its opponents, led by "
        "the former president Álvaro Uribe, argued that it was too lenient, allowing guerrilla "
        "commanders to avoid prison and giving the Farc guaranteed seats in congress. Those "
        "objections deserve a hearing, but they are not reasons to resume fighting. Both "
        "President Juan Manuel Santos and the Farc leader, Timochenko, have said the bilateral "
        "ceasefire will hold while they look for a way forward. That is the most important "
        "thing. A renegotiated agreement that brings Mr Uribe's supporters inside the tent may "
        "prove more durable than one imposed over their objections. Colombia has come too far "
        "to go back.",
        "peace",
    ),
    (
        "The Doha deal",
        "The agreement signed in Doha on Saturday between the United States and the Afghan "
        "Taliban is a milestone that few thought possible a decade ago. Under its terms, the "
        "US and its Nato allies will withdraw all their troops from Afghanistan within 14 "
        "months, provided the Taliban cut ties with Al Qaeda and prevent Afghan soil from "
        "being used to threaten other countries. The Taliban have also committed to begin "
        "talks with the Afghan government and other political forces by March 10, preceded by "
        "a prisoner exchange. Pakistan, which helped bring the Taliban to the table, has "
        "reason to welcome the outcome. But the hard part begins now. The government in Kabul, "
        "which was not a party to the deal, has already questioned the prisoner release. The "
        "Taliban have given no assurances about the rights of women or the shape of a future "
        "political order. And the reduction in violence that preceded the signing must be "
        "turned into a genuine ceasefire. Islamabad should use its influence to keep the "
        "Taliban committed to the intra-Afghan dialogue, and should avoid any appearance of "
        "taking sides. A hasty American exit that leaves a civil war in its wake would serve "
        "no one, least of all Pakistan.",
        "peace",
    ),
    (
        "The Pretoria deal on Ethiopia is a rare win for African diplomacy. Now it must be "
        "implemented",
        "After ten days of talks behind closed doors in Pretoria, the Ethiopian government and "
        "the Tigray People's Liberation Front have signed an agreement for a permanent "
        "cessation of hostilities. The African Union panel led by former Nigerian president "
        "Olusegun Obasanjo, with former Kenyan president Uhuru Kenyatta and our own former "
        "deputy president Phumzile Mlambo-Ngcuka, deserves credit for a breakthrough that many "
        "diplomats believed impossible. Under the deal, the TPLF will disarm within 30 days, "
        "federal authority will be restored in Mekelle, and humanitarian access to Tigray, cut "
        "off for most of two years, will resume. The text leaves much unresolved. It says "
        "nothing explicit about Eritrean troops, whose presence in Tigray has been linked to "
        "some of the worst abuses of the war, and the fate of western Tigray, claimed by "
        "Amhara forces, is left to the constitution. Monitoring is thin. Still, for a "
        "continent whose crises are usually mediated from Washington, Brussels or the Gulf, a "
        "deal brokered by Africans on African soil is worth celebrating. South Africa, as "
        "host, now has an interest in seeing that it holds. It should press for a monitoring "
        "mission with teeth, and for aid to flow without conditions.",
        "peace",
    ),
    (
        "The hostage deal must be completed in full, not sabotaged after the first stage",
        "The ceasefire in Gaza took effect on Sunday morning, after a delay of nearly three "
        "hours caused by Hamas's late delivery of the names of the first hostages to be freed. "
        "In the afternoon three young women were handed over to the Red Cross and reunited "
        "with their families, and 90 Palestinian prisoners were released from Ofer Prison. The "
        "scenes of joy in Tel Aviv's Hostages Square were a reminder of what this deal is for. "
        "Under the agreement, 33 hostages are to be released during the first 42-day phase, in "
        "exchange for hundreds of Palestinian prisoners, as the army pulls back from populated "
        "areas of the Strip and aid enters. Negotiations on the second phase, which is meant "
        "to bring home the remaining hostages and end the war, are to begin on the 16th day. "
        "Itamar Ben-Gvir has already resigned in protest, and Bezalel Smotrich says he will "
        "stay only if the war resumes. The prime minister must not let them dictate the terms. "
        "Every hostage who remains in Gaza is a reason to see the deal through, not an "
        "obstacle to it. The public has made its view clear; the government must follow it.",
        "peace",
    ),
    (
        "Thaw on the LAC: the patrolling agreement with China is welcome, but trust must be "
        "rebuilt slowly",
        "The agreement between India and China on patrolling arrangements along the Line of "
        "Actual Control, announced by the Foreign Secretary on the eve of the BRICS summit in "
        "Kazan, is the most significant step in bilateral relations since the deadly clash in "
        "the Galwan Valley in June 2020. Under the arrangement, troops from both sides will "
        "resume patrolling and grazing in the Depsang plains and Demchok, the last two "
        "friction points left unresolved after earlier disengagements. The meeting between "
        "Prime Minister Narendra Modi and President Xi Jinping in Kazan, their first formal "
        "talks in five years, signals that both governments want to stabilise the "
        "relationship. That is sensible. Four years of military standoff, with tens of "
        "thousands of troops deployed at high altitude through the winters, have been costly "
        "for both. But disengagement is not de-escalation, and de-escalation is not a return "
        "to the status quo of April 2020. The buffer zones created in earlier rounds remain, "
        "and the infrastructure both sides have built near the border is not going away. India "
        "should verify on the ground before it trusts, and use the thaw to address a trade "
        "deficit that has grown throughout the standoff.",
        "peace",
    ),
    (
        "My father's VE Day was spent in a hospital in Brussels, not in Trafalgar Square",
        "Your coverage of the VE Day commemorations was moving, but it reminded me how little "
        "of the war my father ever talked about. He landed at Gold Beach with the Royal "
        "Engineers on 6 June 1944 and was wounded by a mortar bomb near Caen a month later. On "
        "8 May 1945 he was in a military hospital in Brussels, learning to walk again. He told "
        "me once that the news came over the wireless and that nobody on his ward cheered; "
        "they thought of the men who were not there to hear it. He died in 2003, never having "
        "set foot in Normandy again. The bunting and the flypasts are fine things. But I hope "
        "that the 80th anniversary leaves room for the quiet ones, who came home and spent the "
        "rest of their lives not talking about it. Jean Whitfield, Harrogate, North Yorkshire",
        "history",
    ),
    (
        "Thirty years after Budapest, the lesson of a broken promise",
        "On December 5, 1994, in a conference hall in Budapest, the leaders of the United "
        "States, the United Kingdom and Russia signed a memorandum pledging to respect "
        "Ukraine's independence, sovereignty and existing borders. In return, Ukraine agreed "
        "to give up the world's third-largest nuclear arsenal, inherited from the Soviet "
        "Union, and to join the Non-Proliferation Treaty as a non-nuclear state. Ukrainian "
        "diplomats at the time asked for guarantees; they were given assurances, a word chosen "
        "carefully by American lawyers to avoid any obligation. Thirty years later, one of the "
        "signatories occupies nearly a fifth of Ukraine's territory. The others have helped "
        "Ukraine defend itself, but have always insisted that they are under no binding duty "
        "to do so. It would be wrong to say that keeping the warheads would have saved "
        "Ukraine; they were controlled from Moscow, and maintaining them would have bankrupted "
        "the young state. But the message the world has drawn from the Budapest Memorandum is "
        "clear enough, and it is being heard in Tehran, Seoul and Riyadh. If the "
        "non-proliferation regime is to survive, the security guarantees offered to Ukraine in "
        "any future settlement must be real ones, written into treaties and backed by forces. "
        "Ukraine has already paid for the lesson.",
        "history",
    ),
    (
        "Kwibuka 30: what the world owes Rwanda's dead is more than ceremony",
        "Thirty years ago this week, the plane carrying Rwanda's president Juvénal Habyarimana "
        "was shot down over Kigali, and within hours Hutu extremist militias and soldiers "
        "began the slaughter of the country's Tutsi minority and of moderate Hutu. In a "
        "hundred days, some 800,000 people were killed, most of them with machetes and clubs, "
        "many by their neighbours. The United Nations, which had peacekeepers on the ground, "
        "withdrew most of them. The United States avoided using the word genocide for weeks so "
        "as not to be obliged to act. On Sunday President Paul Kagame lit the flame of "
        "remembrance at the Kigali Genocide Memorial, where more than 250,000 victims are "
        "buried, in the presence of foreign leaders including former American president Bill "
        "Clinton, who has called the failure to act one of his greatest regrets. Rwanda's "
        "recovery since then is remarkable, and its reconciliation process, however imperfect, "
        "has held. But remembrance carries obligations. Perpetrators still live freely in "
        "Europe and Africa, and genocide denial has found new audiences online. South Africa, "
        "which was celebrating its first democratic election in the same weeks of 1994, should "
        "do more to bring suspects on its soil to justice. Never again means nothing if it is "
        "recited rather than enforced.",
        "history",
    ),
    (
        "Fifty years on",
        "Fifty years ago today, Lt Gen A A K Niazi signed the instrument of surrender at the "
        "Ramna Race Course in Dhaka, and East Pakistan became Bangladesh. For this country, "
        "the anniversary has always been an uncomfortable one, marked by silence more often "
        "than by reflection. The official narrative blamed the break-up on Indian intervention "
        "and a handful of politicians; the Hamoodur Rahman Commission's report, which pointed "
        "to the military's conduct and to the atrocities committed during the crackdown that "
        "began in March 1971, was suppressed for nearly three decades. Textbooks still skim "
        "over what happened. Yet the lessons of 1971 are not only about the past. A federation "
        "that denies one of its regions a fair share of power and resources, and answers "
        "political demands with force, cannot hold. The Awami League won a clear majority in "
        "the 1970 election and was refused the right to govern. Half a century on, Pakistan "
        "and Bangladesh have taken very different paths, and on many measures of human "
        "development Bangladesh has pulled ahead. An honest reckoning with 1971, including an "
        "acknowledgement of the suffering inflicted on Bengalis, would be a sign of national "
        "maturity rather than weakness.",
        "history",
    ),
    (
        "A hundred years after the guns fell silent, what Canada owes the memory of 1918",
        "At 11 o'clock on Sunday morning, Canadians will stand in silence at cenotaphs from "
        "Newfoundland to Vancouver Island to mark a hundred years since the armistice that "
        "ended the First World War. More than 600,000 Canadians served in that war, out of a "
        "population of under eight million, and some 61,000 did not come home. The names of "
        "the battles they fought, Ypres, the Somme, Vimy Ridge, Passchendaele and the Hundred "
        "Days that ended at Mons on the very morning of the armistice, are carved into our "
        "national memory. Private George Price, shot by a sniper two minutes before 11 "
        "o'clock, was the last soldier of the British Empire to die in that war. It is often "
        "said that Canada became a nation at Vimy. That is a simplification, and it leaves out "
        "the conscription crisis that tore French and English Canada apart, the internment of "
        "thousands of Ukrainian Canadians as enemy aliens, and the Indigenous soldiers who "
        "came home to a country that denied them the vote. Remembering honestly means "
        "remembering all of it. The best way to honour the fallen is to teach the war in full, "
        "including the parts that do not flatter us.",
        "history",
    ),
    (
        "Srebrenica at 30: genocide denial is the unfinished business of the Bosnian war",
        "On Friday, tens of thousands of people gathered at the memorial centre in Potočari to "
        "bury seven more victims of the Srebrenica genocide, identified this year from bones "
        "found in mass graves scattered across eastern Bosnia. Thirty years ago, Bosnian Serb "
        "forces under Ratko Mladić overran the UN-declared safe area and, over a few days in "
        "July 1995, murdered more than 8,000 Bosniak men and boys, while Dutch peacekeepers "
        "stood by. Two international courts have ruled that what happened was genocide, and "
        "Mladić and Radovan Karadžić are serving life sentences. Yet in Republika Srpska the "
        "leadership still denies it, and murals of Mladić can be seen in towns where the "
        "victims once lived. Milorad Dodik, who has made denial a political programme, is "
        "pressing for secession. The UN General Assembly declared July 11 an international day "
        "of remembrance last year, over Serbia's objections. That matters, but remembrance is "
        "not enough. Europe, which failed the people of Srebrenica once, should make clear "
        "that denial has consequences, from sanctions on those who glorify war criminals to "
        "conditions on EU funds. The mothers of Srebrenica have waited three decades for the "
        "truth to be accepted. They should not have to wait longer.",
        "history",
    ),
]
