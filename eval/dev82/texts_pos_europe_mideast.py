"""eval/dev82: positives: Europe and the Middle East.

POSITIVES = [(title, text, tag codes, kind), ...], as eval/conflictset/__init__.py gives.
"""

POSITIVES = [
    (
        "Epicentr vows to rebuild Kharkiv store as search for missing goes on",
        'Epicentr, Ukraine\'s largest home improvement chain, said on Sunday it would rebuild its hypermarket in Kharkiv and keep paying the salaries of all 200 staff, a day after two Russian guided bombs struck the store while it was full of weekend shoppers. At least 16 people were killed and 43 wounded, and rescuers were still searching the burnt-out shell for more than 40 people reported missing, regional governor Oleh Syniehubov said. The bombs hit the building shortly after 4 p.m. on Saturday, when families were buying seedlings and garden furniture, and the fire spread across 15,000 square metres. President Volodymyr Zelenskiy called the strike "another manifestation of Russian madness" and renewed his appeal for more air defence systems for the city, which lies about 30 km from the Russian border. Russia\'s defence ministry did not comment. "My sister went to buy paint and she has not called," said a man waiting outside the cordon. Epicentr said it had closed its other two Kharkiv stores until further notice.',
        "E V",
        "air strike",
    ),
    (
        "Airlines cancel New Caledonia flights as riots leave six dead",
        "Aircalin said on Tuesday that commercial flights to Nouméa would remain suspended until at least the end of the month, a week after riots closed New Caledonia's international airport and left hundreds of visitors unable to leave. Qantas and Air New Zealand cancelled their scheduled services for the rest of the week. The unrest, the worst in the French Pacific territory since the 1980s, broke out over a constitutional reform that would let more recent French arrivals vote in provincial elections, a change that pro-independence Kanak groups say will dilute their voice. Rioters have burned hundreds of shops, factories and homes in Nouméa and its suburbs, and six people have been killed, among them two gendarmes, one shot while on patrol near a roadblock, according to the French high commission. Armed residents have set up their own barricades in some neighbourhoods. France has declared a state of emergency, banned TikTok in the territory and flown in more than 1,000 police reinforcements, who on Sunday began an operation to clear the 60 km road to the airport. The territory's chamber of commerce estimates the damage at more than 1 billion euros, and many of the burned businesses were uninsured. \"Tourism will take years to recover,\" said the head of a hotel group in Nouméa. President Emmanuel Macron was due to fly to the territory on Wednesday. Supermarket shelves in Nouméa were empty in many districts, and residents queued for hours for bread and water. The nickel industry, which was already in crisis before the riots, said several mining sites had been attacked and equipment burned. Pro-independence leaders called for calm but said the reform must be withdrawn.",
        "U",
        "riot",
    ),
    (
        "Kosovo policeman killed as armed men barricade themselves in monastery",
        'A Kosovo police officer was killed and another wounded early on Sunday when about 30 heavily armed men in military uniforms attacked a police patrol near the village of Banjska in the Serb-majority north, Kosovo officials said. The attackers then barricaded themselves inside the grounds of a Serbian Orthodox monastery, where pilgrims from Novi Sad were staying, and exchanged fire with special police units for most of the day. Police said three of the gunmen were killed and that they found armoured vehicles, rocket launchers and hundreds of grenades. "Organised crime, with political, financial and logistical support from Belgrade, is attacking our state," Prime Minister Albin Kurti said, calling the assailants terrorists. Serbian President Aleksandar Vučić said the dead men were Kosovo Serbs driven to rebel and denied any Serbian involvement, while declaring a day of mourning. The Serbian Orthodox diocese said the pilgrims and a monk had locked themselves in the church and were unharmed. The European Union and the United States condemned the attack and called for calm. NATO\'s KFOR peacekeeping force said it had increased patrols along the main road north.',
        "B T M",
        "armed attack",
    ),
    (
        "Gunmen attack synagogue and churches in Dagestan, killing police and a priest",
        "Gunmen opened fire on two Orthodox churches, a synagogue and a police post in the Russian region of Dagestan on Sunday evening, killing at least 15 police officers and an elderly Orthodox priest, Father Nikolai Kotelnikov, whose throat was cut, regional authorities said. The attacks in the coastal city of Derbent and the regional capital Makhachkala began almost simultaneously as the Orthodox community celebrated Pentecost. The synagogue in Derbent was set on fire, but no worshippers were inside at the time, according to Russia's Federation of Jewish Communities. Security forces killed five of the attackers in shootouts that lasted into the night. Russia's National Anti-Terrorist Committee declared a counter-terrorist operation in the region and said the attack was an act of terrorism. Investigators said two of the gunmen were sons of a local district head, who was detained and expelled from the ruling party. Dagestan's leader Sergei Melikov declared three days of mourning and suggested, without giving evidence, that the attacks had been organised from abroad. The Islamic State group's affiliate in the Caucasus has claimed several attacks in the region in recent years.",
        "T V M",
        "terrorist attack",
    ),
    (
        "Shops board up across English towns after rioters attack asylum hotel",
        'Retailers in several towns across England boarded up their windows on Monday and some closed early, as police prepared for another night of disorder after rioters tried to set fire to a hotel housing asylum seekers in Rotherham on Sunday. Several hundred people, some masked, threw bricks and fire extinguishers at police officers outside the Holiday Inn Express in Manvers, smashed windows and set alight large bins pushed against the building, while about 200 asylum seekers and staff sheltered inside. South Yorkshire Police said 12 officers were injured. In Middlesbrough, rioters attacked houses and cars, and in Southport a mosque was pelted with bricks last week. The disorder began after the fatal stabbing of three young girls at a dance class, which was followed by false claims online about the suspect\'s identity. Prime Minister Keir Starmer called it "far-right thuggery" and said those involved would face the full force of the law. The British Retail Consortium said shops had suffered looting in at least five towns and urged the government to guarantee compensation for damage. Insurers said claims were likely to run into millions of pounds.',
        "U V",
        "riot",
    ),
    (
        "Taiwan's Gold Apollo denies making pagers that exploded across Lebanon",
        "Taiwanese pager maker Gold Apollo said on Wednesday it had not manufactured the devices that exploded across Lebanon the previous day, saying they were produced under licence by a Budapest-based company that used its brand. Thousands of pagers carried by members of Hezbollah detonated almost simultaneously on Tuesday afternoon in Beirut's southern suburbs, in the south and in the Bekaa valley, killing at least 12 people, among them two children, and wounding about 2,800, according to Lebanon's health ministry. Hospitals were overwhelmed and appealed for blood donations, and the health minister said most of the injuries were to the face, eyes and hands. Hezbollah blamed Israel and vowed retaliation. Israel's military declined to comment. \"The product was not ours, we only own the brand,\" Gold Apollo's founder told reporters in New Taipei, as prosecutors questioned him. Shares in Taiwanese component makers were little changed. The Hungarian government said the company named, BAC Consulting, was a trading intermediary with no manufacturing site in the country.",
        "E H",
        "pager explosions",
    ),
]
