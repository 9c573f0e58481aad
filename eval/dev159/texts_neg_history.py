"""dev159 hard negatives (history): looted heritage returned, anniversaries, memorial concerts, a
wartime bomb near a stadium and the matches and sieges of earlier wars remembered
(eval/README.md, section 1: hard_negative_history)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Germany hands over Benin Bronzes looted by British troops in 1897",
        "Germany formally returned 20 Benin Bronzes to Nigeria at a ceremony in Abuja on "
        "Tuesday, the first of more than 1,100 objects in German museums that it has agreed to "
        "transfer to Nigerian ownership. The plaques, heads and carved ivories were among "
        "thousands of objects taken by British soldiers during a punitive expedition that "
        "destroyed much of Benin City in 1897, and later sold to collectors and museums across "
        'Europe. Germany\'s foreign minister said the objects had been "acquired wrongly" and '
        'that returning them was "a step towards healing the wounds of colonialism". Nigeria\'s '
        "culture minister said they would be displayed in a new museum being built in Benin "
        "City, which is due to open in stages from next year. The Oba of Benin, the traditional"
        " ruler whose ancestors' palace was looted, has said he considers himself the rightful "
        "owner of the objects. The British Museum, which holds the largest collection of Benin "
        "Bronzes, says it is barred by law from permanently returning them. Curators in Berlin "
        "and Hamburg said they would keep some objects on loan for research and exhibitions "
        "under agreements with the Nigerian commission. The German objects are among the most "
        "significant outside Britain, and include a large commemorative head of a queen mother "
        "from the 16th century. Nigeria's first request for their return was made more than 50 "
        "years ago. Museum officials in Berlin said the decision had been reached after years "
        "of negotiation and research into the provenance of each object. The return has put "
        "pressure on other institutions, and several museums in the United States and the "
        "Netherlands have since announced similar transfers.",
        "history",
    ),
    (
        "Iraq recovers 17,000 artefacts looted after 2003 invasion",
        "Iraq has recovered more than 17,000 antiquities that were smuggled out of the country "
        "after the US-led invasion of 2003, the largest single repatriation in its history, the"
        " culture ministry said on Tuesday. Most of the objects, including clay tablets "
        "inscribed in cuneiform and cylinder seals from ancient Sumer, were returned from the "
        "United States, where many had been acquired by the owners of a craft store chain and a"
        " private museum in Washington. The haul includes the Gilgamesh Dream Tablet, a "
        "3,500-year-old fragment of the Epic of Gilgamesh that was seized by US authorities in "
        "2019. Thousands of objects disappeared from the Iraq Museum in Baghdad in the chaos "
        "that followed the fall of Saddam Hussein's government, and many more were dug from "
        'unguarded archaeological sites in the south in the years afterwards. "This is a great '
        'achievement, but the work is not finished," the culture minister said at a ceremony in'
        " the museum's Assyrian gallery. The tablets will be studied by Iraqi scholars before "
        "going on display. Officials said several thousand objects looted from the museum in "
        "2003 were still missing.",
        "history",
    ),
    (
        "Normandy beaches hold concert for D-Day veterans on 80th anniversary",
        "About a dozen D-Day veterans, most of them aged over 98, were guests of honour at a "
        "concert on Omaha Beach on Wednesday night as Normandy marked the 80th anniversary of "
        "the Allied landings of 6 June 1944. The evening, organised by the French government, "
        "featured a military band, a choir of schoolchildren from the United States, Britain "
        "and Canada, and readings from soldiers' letters home. Spitfires and a Dakota flew low "
        'over the beach at sunset, dropping poppies on the sand. "I lost my best mate about 50 '
        'yards from where I am sitting now," one veteran, from Portsmouth, told the BBC. On '
        "Thursday, heads of state and government including the presidents of the United States,"
        " France and Ukraine will attend an international ceremony at Omaha Beach, while "
        "British commemorations will be held at the memorial in Ver-sur-Mer. More than 4,400 "
        "Allied troops died on D-Day, and tens of thousands of soldiers and civilians were "
        "killed in the battle for Normandy that followed. Organisers said it was likely to be "
        "the last major anniversary attended by veterans.",
        "history",
    ),
    (
        "Thirty-five years on, the Maksimir riot still divides Zagreb and Belgrade",
        "Thirty-five years after the riot that halted a match between Dinamo Zagreb and Red "
        "Star Belgrade at the Maksimir stadium, the day is still remembered very differently in"
        " Croatia and Serbia. On 13 May 1990, weeks after Croatia's first multi-party "
        "elections, fans of the two clubs fought in the stands and on the pitch, and Dinamo "
        "captain Zvonimir Boban kicked a police officer who was beating a supporter. In "
        "Croatia, that kick is celebrated as an act of resistance against the Yugoslav state, "
        "and a monument outside the stadium describes the Dinamo fans as the first to have "
        "fought for independence. In Serbia, the game is remembered as a warning of the "
        "violence to come. Within a year the two republics were at war. Dinamo marked the "
        "anniversary on Tuesday with a ceremony at the memorial, attended by former players and"
        " members of the Bad Blue Boys supporters' group. Historians say the myth of the match "
        "as the start of the war has grown over time, and that the violence reflected tensions "
        'already present across Yugoslavia. "The match did not start the war, but it showed '
        'that the country was already falling apart," one Zagreb historian said.',
        "history",
    ),
    (
        "Unexploded wartime bomb found near Dortmund stadium delays Bundesliga match",
        "Borussia Dortmund's home match against Werder Bremen was delayed by two hours on "
        "Saturday after construction workers uncovered an unexploded Second World War bomb "
        "about 400 metres from the Westfalenstadion, and police evacuated part of the "
        "surrounding area. The 250kg British aerial bomb, found in the morning on a building "
        "site in the Kreuzviertel, was defused by an explosives team shortly after 3pm, the "
        "city said. About 4,000 residents and the staff of a hospital were moved out during the"
        " operation, and fans arriving early were held at the city's central station. The "
        "German Football League said the kick-off had been pushed back to 5:30pm to allow "
        "supporters to reach the stadium safely. Dortmund won the match 3-1. Unexploded bombs "
        "from Allied air raids are still found regularly in German cities, particularly in the "
        "industrial Ruhr region, which was heavily bombed between 1940 and 1945. Experts "
        "estimate that thousands of tonnes of unexploded ordnance remain buried across the "
        "country. Dortmund alone has dealt with dozens of such finds in the past decade.",
        "history",
    ),
    (
        "Sarajevo remembers the concert held under siege thirty years ago",
        "Musicians and survivors gathered at the National Theatre in Sarajevo on Sunday to mark"
        " thirty years since a concert held in the ruins of the city's burned library during "
        "the siege of the city in the 1990s. The original performance, in which a string "
        "quartet and a choir played Mozart's Requiem by candlelight while shells fell on the "
        "surrounding hills, became one of the enduring images of the siege, which lasted nearly"
        " four years and killed more than 11,000 people. Three of the original musicians, now "
        "in their seventies, took part in Sunday's commemoration, joined by students from the "
        'city\'s music academy. "We played because we did not want to be only victims," said the'
        " cellist, who now lives in Vienna. The library, the Vijecnica, was restored and "
        "reopened in 2014. The anniversary concert was followed by a panel on the role of "
        "culture in wartime, at which the city's mayor said Sarajevo's artists had \"kept the "
        'city alive". The organisers plan to publish an archive of recordings and photographs '
        "from concerts held during the siege.",
        "history",
    ),
    (
        "Austrian museum returns Schiele portrait taken by the Nazis to heirs of Jewish collector",
        "The Belvedere museum in Vienna has agreed to return a portrait by Egon Schiele to the "
        "heirs of a Jewish collector whose family was forced to surrender it to the Nazis in "
        "1938, Austria's culture ministry said on Thursday. The painting, a portrait of the "
        "artist's sister painted in 1912, had hung in the Belvedere since the 1950s. A "
        "government restitution panel concluded that its owner, a Viennese textile merchant, "
        "had sold it under duress weeks after Austria's annexation by Nazi Germany, before he "
        "fled to London. The heirs, who live in Britain and the United States, said they were "
        '"deeply grateful" and had not yet decided whether to sell the painting. Austria passed'
        " a law in 1998 requiring federal museums to return art seized or sold under duress "
        "during the Nazi era, and has since restored thousands of objects to their owners' "
        "descendants. The most famous case, Klimt's portrait of Adele Bloch-Bauer, was returned"
        " in 2006 after a long legal battle and now hangs in New York. The painting will remain"
        " on display in Vienna until the end of the year.",
        "history",
    ),
]
